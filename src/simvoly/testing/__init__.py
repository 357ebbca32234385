"""A local sandbox of the Simvoly API: test your code without an account or a network.

`Sandbox` implements every operation of openapi.yaml in memory, with state, validation,
authentication, signed webhook deliveries and fault injection. Ways to use it:

    from simvoly.testing import Sandbox

    # 1. In-process: an AsyncSimvoly (or a Simvoly) over a transport that calls the sandbox.
    sandbox = Sandbox()
    async with sandbox.client() as client:
        contact = await client.contacts.create("jane@example.com", tags=["vip"])
    assert sandbox.store.contacts[contact.id]["tags"] == ["vip"]
    with sandbox.sync_client() as sync_client:
        sync_client.contacts.get(contact.id)

    # 2. pytest: the `simvoly_sandbox`, `simvoly_client`, `simvoly_sync_client` and
    #    `simvoly_clock` fixtures (installed with simvoly; `@pytest.mark.simvoly(seed=42)`
    #    passes options to Sandbox). The SDK's waits are skipped in those tests.

    # 3. Over HTTP (uvicorn, the `simvoly[testing]` extra):
    async with Sandbox(seed=42).serve(port=0) as base_url:
        ...  # AsyncSimvoly(sandbox.api_key, base_url=base_url)
    # or from a shell: python -m simvoly.testing serve --port 8000 --seed 42

Seed data: `Sandbox(seed=42)` is a store of a few hundred records dated up to today
(`today=date(...)` pins the day). Faults: `sandbox.faults.status(429, retry_after=1)`,
`.status(503, every=10, times=None)`, `.drop("mid-response")`, `.latency(0.05)`,
`.rate_limit(10)`, and `.clear()` to switch them off. Every request is recorded in
`sandbox.requests`, every webhook delivery in `sandbox.deliveries`.

What shoppers and visitors do has no API operation: `await sandbox.place_order(...)`,
`await sandbox.book(...)` and `await sandbox.submit_form(name, values)` add the record
and fire its webhook event (`order_created`, `booking_created`, `form_submitted`).
Deliveries go to local targets over the network, or to an ASGI app in-process with
`Sandbox(webhook_transport=httpx.ASGITransport(app=your_app))`; each is done when the
call that fired it returns.

`skipped_waits()` skips the SDK's retry and rate-limit waits in a block (the fixtures do
it for every test that uses them), on a `VirtualClock` that lists them.

Names load on first use, so that pytest, which imports the plugin in every project that
has simvoly installed, does not pay for the sandbox.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import RecordedRequest
    from ._clock import VirtualClock, skipped_waits
    from ._defaults import API_ROOT, DEFAULT_API_KEY, DEFAULT_DOMAIN
    from ._delivery import Delivery
    from ._faults import Fault, Faults
    from ._sandbox import Sandbox
    from ._store import Store
    from ._transport import SandboxTransport

__all__ = [
    "API_ROOT",
    "DEFAULT_API_KEY",
    "DEFAULT_DOMAIN",
    "Delivery",
    "Fault",
    "Faults",
    "RecordedRequest",
    "Sandbox",
    "SandboxTransport",
    "Store",
    "VirtualClock",
    "skipped_waits",
]

_HOMES = {
    "API_ROOT": "_defaults",
    "RecordedRequest": "_app",
    "VirtualClock": "_clock",
    "skipped_waits": "_clock",
    "Delivery": "_delivery",
    "Fault": "_faults",
    "Faults": "_faults",
    "DEFAULT_API_KEY": "_defaults",
    "DEFAULT_DOMAIN": "_defaults",
    "Sandbox": "_sandbox",
    "Store": "_store",
    "SandboxTransport": "_transport",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # later reads skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)

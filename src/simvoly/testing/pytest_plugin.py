"""pytest fixtures for code that uses simvoly: a fresh sandbox per test, and clients on it.

Registered as the `simvoly` pytest11 entry point, so every project with simvoly installed
has them:

    @pytest.mark.asyncio                                      # pytest-asyncio (see below)
    async def test_signup(simvoly_client, simvoly_sandbox):
        await signup(simvoly_client, "jane@example.com")     # your code
        assert simvoly_sandbox.store.contacts                 # the sandbox's state

    def test_report(simvoly_sync_client):                     # the sync client
        assert simvoly_sync_client.orders.list().first_page().items == []

    @pytest.mark.simvoly(seed=42)                             # options of Sandbox(...)
    def test_seeded(simvoly_sync_client): ...

- `simvoly_sandbox`: a fresh `simvoly.testing.Sandbox`; `@pytest.mark.simvoly(...)` passes
  its keyword arguments (`seed=42`, `api_key=...`, `today=...`).
- `simvoly_client` (`AsyncSimvoly`) and `simvoly_sync_client` (`Simvoly`): clients on
  that sandbox, in-process (no sockets), closed after the test.
- `simvoly_clock`: the `simvoly.testing.VirtualClock` of the test: the SDK's retries
  and rate-limit pauses happen without waiting for real (two 503s cost no 1.2 s), and
  `simvoly_clock.waits` lists the waits skipped. `@pytest.mark.simvoly(real_sleeps=True)`
  makes the test wait for real instead.

The fixtures are synchronous: none needs an event loop to be made or closed, so they
work with any async test plugin (pytest-asyncio in strict or auto mode, anyio, trio).
In pytest-asyncio's default strict mode, mark async tests `@pytest.mark.asyncio` (or set
`asyncio_mode = "auto"`), as for any async test. This module imports nothing of the
sandbox until a fixture is used: pytest loads it in every test run of such a project.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from simvoly import AsyncSimvoly, Simvoly
    from simvoly.testing import Sandbox, VirtualClock

__all__ = ["simvoly_client", "simvoly_clock", "simvoly_sandbox", "simvoly_sync_client"]

_USER_AGENT = "pytest-simvoly/1.0"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "simvoly(real_sleeps=False, **options): keyword arguments of the simvoly_sandbox "
        "Sandbox(...); real_sleeps=True makes the SDK's retries wait for real",
    )


def _marked(request: pytest.FixtureRequest) -> dict[str, Any]:
    marker = request.node.get_closest_marker("simvoly")
    return dict(marker.kwargs) if marker is not None else {}


@pytest.fixture
def _simvoly_waits(request: pytest.FixtureRequest) -> Iterator[VirtualClock | None]:
    """The test's skipped waits (None with `real_sleeps=True`)."""
    real_sleeps = _marked(request).get("real_sleeps", False)
    if not isinstance(real_sleeps, bool):
        raise TypeError(
            f"@pytest.mark.simvoly(real_sleeps=...) takes True or False, got {real_sleeps!r}"
        )
    if real_sleeps:
        yield None
        return
    from simvoly.testing import skipped_waits

    with skipped_waits() as clock:
        yield clock


@pytest.fixture
def simvoly_clock(_simvoly_waits: VirtualClock | None) -> VirtualClock:
    """The `VirtualClock` whose `waits` are the SDK's waits skipped in this test."""
    if _simvoly_waits is None:
        pytest.fail(
            "simvoly_clock: this test's @pytest.mark.simvoly(real_sleeps=True) makes the "
            "SDK wait for real, so there is no virtual clock",
            pytrace=False,
        )
    return _simvoly_waits


@pytest.fixture
def simvoly_sandbox(
    request: pytest.FixtureRequest, _simvoly_waits: VirtualClock | None
) -> Iterator[Sandbox]:
    """A fresh, empty `simvoly.testing.Sandbox` (options from `@pytest.mark.simvoly`)."""
    from simvoly.testing import Sandbox

    options = _marked(request)
    options.pop("real_sleeps", None)
    sandbox = Sandbox(**options)
    yield sandbox
    sandbox.close_clients()


@pytest.fixture
def simvoly_client(simvoly_sandbox: Sandbox) -> Iterator[AsyncSimvoly]:
    """An `AsyncSimvoly` on `simvoly_sandbox`, in-process; closed after the test."""
    yield simvoly_sandbox.client(user_agent=_USER_AGENT)
    simvoly_sandbox.close_clients()


@pytest.fixture
def simvoly_sync_client(simvoly_sandbox: Sandbox) -> Iterator[Simvoly]:
    """A `Simvoly` (the sync client) on `simvoly_sandbox`, in-process; closed after the
    test."""
    yield simvoly_sandbox.sync_client(user_agent=_USER_AGENT)
    simvoly_sandbox.close_clients()

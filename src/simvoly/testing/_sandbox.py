"""`Sandbox`: a stateful, in-memory Simvoly API, usable in-process or over HTTP."""

from __future__ import annotations

import contextlib
import datetime
import time
from collections.abc import AsyncIterator, Callable, Mapping
from typing import TYPE_CHECKING, Any, Final

import httpx

from . import _shop
from ._app import API_ROOT, Receive, RecordedRequest, SandboxApp, Scope, Send
from ._defaults import DEFAULT_API_KEY, DEFAULT_DOMAIN
from ._delivery import DEFAULT_TIMEOUT, Deliverer, Delivery
from ._drift import Drift
from ._faults import Faults
from ._seed import populate
from ._server import serve
from ._store import Record, Store
from ._transport import SandboxTransport, SyncSandboxTransport

if TYPE_CHECKING:
    from simvoly._client import AsyncSimvoly
    from simvoly._sync_client import Simvoly

__all__ = ["DEFAULT_API_KEY", "DEFAULT_DOMAIN", "Sandbox"]

#: The API root of `client()`: plain http is allowed for localhost only, and nothing
#: leaves the process anyway.
IN_PROCESS_BASE_URL: Final = f"http://localhost{API_ROOT}"


class Sandbox:
    """A stateful, in-memory implementation of every operation of the Simvoly API.

    The sandbox is an ASGI application (call it as one, or serve it); it answers the
    shapes openapi.yaml declares, keeps state between calls, checks the API key and the
    User-Agent, delivers signed webhooks, and injects faults on demand. Webhook
    deliveries are awaited before the call that raised them is answered, so a test sees
    them (in `deliveries` and at its receiver) as soon as its call returns.

        sandbox = Sandbox(seed=42)                  # empty without a seed
        async with sandbox.client() as client:      # in-process, no sockets
            page = await client.contacts.list()
        with sandbox.sync_client() as client:       # the sync client, in-process
            page = client.contacts.list().first_page()
        async with sandbox.serve() as base_url:     # over HTTP on 127.0.0.1 (uvicorn)
            ...

    Args:
        api_key: The key the sandbox accepts (`Authorization: Bearer <key>`).
        seed: Fill the sandbox with the realistic data of this seed: a home-furnishing
            store's 300 contacts, 60 members, 40 products, 150 orders, 80 bookings and
            120 form submissions, dated over the 535 days before `today`.
        today: The day the seeded data ends (UTC), for tests that need the same
            timestamps every day; by default the day `clock` says it is. The same seed
            and day give the same data.
        domain: The site's domain (X-Webhook-Source, SSO and image URLs).
        webhook_transport: Where webhook deliveries go (an `httpx.ASGITransport` around
            a receiver, say); by default over the network, to local targets only.
        webhook_timeout: Seconds a webhook target has to answer.
        allow_remote_webhooks: Deliver to targets off this machine too (off by default,
            so test data does not leave the machine by accident).
        clock: Seconds since the epoch, for the timestamps of new records.
        drift: Answer with shapes real servers send that openapi.yaml does not declare
            (an unknown field, a null where the spec has none, a string for a number, an
            unknown enum value, a page missing a field, pages capped at 20 records, the
            member filter read under one of its names): to test tolerant reading, and
            `simvoly probe`, which reports each. The store is not changed.

    Attributes:
        store: The state: every collection, as the API answers it.
        faults: Fault injection (`sandbox.faults.status(503)`, ...).
        requests: Every request received, in order (`RecordedRequest`).
        deliveries: Every webhook delivery attempt, in order (`Delivery`).
    """

    def __init__(
        self,
        api_key: str = DEFAULT_API_KEY,
        *,
        seed: int | None = None,
        today: datetime.date | None = None,
        domain: str = DEFAULT_DOMAIN,
        webhook_transport: httpx.AsyncBaseTransport | None = None,
        webhook_timeout: float = DEFAULT_TIMEOUT,
        allow_remote_webhooks: bool = False,
        clock: Callable[[], float] = time.time,
        drift: bool = False,
    ) -> None:
        if not isinstance(api_key, str) or not api_key.strip():
            raise ValueError("api_key must be a non-empty string")
        self._api_key = api_key
        self.store = Store(domain=domain, clock=clock)
        self.faults = Faults()
        self._deliverer = Deliverer(
            source=domain,
            transport=webhook_transport,
            timeout=webhook_timeout,
            allow_remote=allow_remote_webhooks,
        )
        self.app = SandboxApp(
            self.store, self.faults, self._deliverer, api_key, Drift() if drift else None
        )
        self._http_clients: list[httpx.AsyncClient] = []
        self._sync_http_clients: list[httpx.Client] = []
        if today is None:
            today = datetime.datetime.fromtimestamp(clock(), datetime.UTC).date()
        elif not isinstance(today, datetime.date) or isinstance(today, datetime.datetime):
            raise TypeError(f"today must be a datetime.date, got {today!r}")
        if seed is not None:
            populate(self.store, seed, today)

    @classmethod
    def seeded(cls, seed: int = 42, **options: Any) -> Sandbox:
        """A sandbox filled with the realistic data of `seed`."""
        return cls(seed=seed, **options)

    def __repr__(self) -> str:  # never the API key
        return f"<Sandbox {self.store.domain} requests={len(self.requests)} {self.store!r}>"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The ASGI entry point: `uvicorn.run(sandbox)` works as it is."""
        await self.app(scope, receive, send)

    @property
    def api_key(self) -> str:
        """The key the sandbox accepts (for clients built by hand; no repr shows it)."""
        return self._api_key

    @property
    def requests(self) -> list[RecordedRequest]:
        return self.app.requests

    @property
    def deliveries(self) -> list[Delivery]:
        return self._deliverer.deliveries

    @property
    def webhook_transport(self) -> httpx.AsyncBaseTransport | None:
        """Where webhook deliveries go; settable (None: over the network)."""
        return self._deliverer.transport

    @webhook_transport.setter
    def webhook_transport(self, transport: httpx.AsyncBaseTransport | None) -> None:
        self._deliverer.transport = transport

    # -- the three ways in --------------------------------------------------------------

    def transport(self) -> SandboxTransport:
        """An httpx transport that calls this sandbox in-process (no sockets)."""
        return SandboxTransport(self)

    def client(self, **options: Any) -> AsyncSimvoly:
        """An `AsyncSimvoly` wired to this sandbox in-process.

        `options` go to `AsyncSimvoly(...)` (`user_agent`, `max_retries`, `retry`,
        `timeout`, `strict=True` to check every answer against the spec; `api_key` to try
        a wrong one). Its httpx client is closed by
        `aclose()` (or the pytest fixtures); it holds no sockets either way.
        """
        from simvoly._client import AsyncSimvoly

        options.setdefault("api_key", self._api_key)
        http = httpx.AsyncClient(transport=self.transport(), follow_redirects=False)
        self._http_clients.append(http)
        return AsyncSimvoly(base_url=IN_PROCESS_BASE_URL, http_client=http, **options)

    def sync_client(self, **options: Any) -> Simvoly:
        """A `Simvoly` (the sync client) wired to this sandbox in-process.

        `options` go to `Simvoly(...)`, as `client()`'s do. Its requests run on a
        private event loop in a helper thread, started on the first request; `aclose()`
        or `close_clients()` (or the pytest fixtures) stop it. No sockets either way.
        """
        from simvoly._sync_client import Simvoly

        options.setdefault("api_key", self._api_key)
        http = httpx.Client(transport=SyncSandboxTransport(self), follow_redirects=False)
        self._sync_http_clients.append(http)
        return Simvoly(base_url=IN_PROCESS_BASE_URL, http_client=http, **options)

    @contextlib.asynccontextmanager
    async def serve(self, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
        """Serve over HTTP (uvicorn, asyncio only) for the block; yields the API root URL.

        Port 0 picks a free port. The server accepts connections when the block starts
        and is stopped when it ends, whatever happens.

            async with sandbox.serve() as base_url:
                client = AsyncSimvoly(sandbox.api_key, base_url=base_url)
        """
        async with serve(self, host, port) as running:
            yield running.base_url

    # -- the site's own events ------------------------------------------------------------

    async def place_order(self, **fields: Any) -> Record:
        """Add an order, as a shopper would (no API operation does), and deliver
        `order_created`. `fields` are Order fields in camelCase (`customerEmail`,
        `items`, `status`...); totals left out are worked out."""
        order = _shop.add_order(self.store, **fields)
        await self.app.flush_events()
        return order

    async def book(self, **fields: Any) -> Record:
        """Add a booking (camelCase Booking fields) and deliver `booking_created`."""
        booking = _shop.add_booking(self.store, **fields)
        await self.app.flush_events()
        return booking

    async def submit_form(
        self, name: str, values: Mapping[str, str], *, received: int | None = None
    ) -> Record:
        """Add a form submission and deliver `form_submitted` (and `contact_updated`
        when a field is named `email`)."""
        submission = _shop.submit_form(self.store, name, values, received=received)
        await self.app.flush_events()
        return submission

    # -- cleaning up ----------------------------------------------------------------------

    async def aclose(self) -> None:
        """Close the httpx clients of `client()` and `sync_client()`."""
        self._close_sync_clients()
        while self._http_clients:
            await self._http_clients.pop().aclose()

    def _close_sync_clients(self) -> None:
        while self._sync_http_clients:
            self._sync_http_clients.pop().close()  # stops its helper thread

    def close_clients(self) -> None:
        """`aclose()` without an event loop (for synchronous fixtures).

        Closing a client over the in-process transport never waits for anything, so the
        coroutine finishes on its first step.
        """
        self._close_sync_clients()
        while self._http_clients:
            closing = self._http_clients.pop().aclose()
            try:
                closing.send(None)
            except StopIteration:
                continue
            # Only a transport with I/O to finish would get here; the sandbox's has none.
            closing.close()  # pragma: no cover - see above
            raise RuntimeError("closing a client had to wait")  # pragma: no cover - see above

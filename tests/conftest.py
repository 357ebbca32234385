"""Shared fixtures: a fake clock for retries, and clients over mock transports.

Behaviour both clients share is tested once, against both: a test takes the `flavor`
fixture (async, sync), builds its client with `flavor.make_client()` (a mock transport)
or takes `any_client` (the client's own pool, for pytest-httpx), and awaits what it calls
through `resolve()`, which awaits an async call's coroutine and passes a sync call's
result through.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import AsyncIterator, Callable
from typing import Any, Literal

import attrs
import httpx
import pytest

from simvoly import AsyncSimvoly, Simvoly, _retry

# pytest's own fixture for running pytest on a test project (the plugin's tests).
pytest_plugins = ["pytester"]

API_KEY = "sk-test-0123456789abcdef"
SITE = "https://mysite.simvoly.com"
BASE = f"{SITE}/api/site"


@attrs.define
class FakeClock:
    """Replaces the retry loop's clock and sleep: time passes only when the SDK sleeps."""

    now: float = 1000.0
    sleeps: list[float] = attrs.field(factory=list)
    _lock: threading.Lock = attrs.field(factory=threading.Lock, repr=False)

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sync_sleep(seconds)

    def sync_sleep(self, seconds: float) -> None:
        with self._lock:  # the sync client's page threads sleep too
            self.sleeps.append(seconds)
            self.now += seconds


@pytest.fixture(autouse=True)
def fake_clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """Every test: retries wait on a fake clock, so no test sleeps for real."""
    clock = FakeClock()
    monkeypatch.setattr(_retry, "monotonic", clock.monotonic)
    monkeypatch.setattr(_retry, "sleep", clock.sleep)
    monkeypatch.setattr(_retry, "sync_sleep", clock.sync_sleep)
    return clock


Handler = Callable[[httpx.Request], httpx.Response]


@attrs.define
class Recorder:
    """A mock transport that answers with `handler` and records every request."""

    handler: Handler
    requests: list[httpx.Request] = attrs.field(factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.handler(request)


def make_client(handler: Handler, **options: Any) -> tuple[AsyncSimvoly, Recorder]:
    """A client whose requests go to `handler` (an httpx.MockTransport)."""
    recorder = Recorder(handler)
    http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    options.setdefault("user_agent", "Tests/1.0")
    return AsyncSimvoly(API_KEY, site_url=SITE, http_client=http, **options), recorder


#: Either client: what a test parametrized over `flavor` holds.
AnyClient = AsyncSimvoly | Simvoly


@attrs.frozen
class Flavor:
    """One of the two clients, for tests of the behaviour they share."""

    name: Literal["async", "sync"]

    @property
    def is_sync(self) -> bool:
        return self.name == "sync"

    @property
    def client_class(self) -> type[AnyClient]:
        return Simvoly if self.is_sync else AsyncSimvoly

    def make_client(self, handler: Handler, **options: Any) -> tuple[AnyClient, Recorder]:
        """A client of this flavor whose requests go to `handler` (a MockTransport)."""
        if not self.is_sync:
            return make_client(handler, **options)
        recorder = Recorder(handler)
        http = httpx.Client(transport=httpx.MockTransport(recorder))
        options.setdefault("user_agent", "Tests/1.0")
        return Simvoly(API_KEY, site_url=SITE, http_client=http, **options), recorder

    def own_client(self, *args: Any, **options: Any) -> AnyClient:
        """A client of this flavor with its own pool (close it with `close()`)."""
        return self.client_class(*args, **options)

    async def close(self, client: AnyClient) -> None:
        if isinstance(client, AsyncSimvoly):
            await client.aclose()
        else:
            client.close()


@pytest.fixture(params=["async", "sync"])
def flavor(request: pytest.FixtureRequest) -> Flavor:
    """Each client in turn: AsyncSimvoly, then Simvoly."""
    return Flavor(request.param)


async def resolve(value: object) -> Any:
    """What a call gave: an async call's coroutine awaited, a sync call's result as it is.

    Typed `Any`: a union of both clients' results is no type to check against; the typed
    tests of each client (test_raw_response.py, ...) hold each flavor's types.
    """
    if inspect.isawaitable(value):
        return await value
    return value


@pytest.fixture
async def any_client(flavor: Flavor) -> AsyncIterator[AnyClient]:
    """A client of each flavor with its own pool (pytest-httpx mocks both transports)."""
    instance = flavor.own_client(API_KEY, site_url=SITE, user_agent="Tests/1.0")
    yield instance
    await flavor.close(instance)


def json_response(body: Any, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def fresh(response: httpx.Response) -> httpx.Response:
    """A copy of `response` to answer with: a client takes over the stream of the answer
    it gets, so a table of answers shared by tests (of both clients) hands out copies."""
    return httpx.Response(response.status_code, headers=response.headers, content=response.content)


def error_response(status: int, message: str, **headers: str) -> httpx.Response:
    return httpx.Response(status, json={"success": False, "message": message}, headers=headers)


@pytest.fixture
async def client() -> AsyncIterator[AsyncSimvoly]:
    """A client with its own pool (pytest-httpx mocks its transport where used)."""
    async with AsyncSimvoly(API_KEY, site_url=SITE, user_agent="Tests/1.0") as instance:
        yield instance


def http_of(client: AsyncSimvoly) -> httpx.AsyncClient:
    """The httpx client a client sends with: its own pool's (of the loop used last), or
    the one passed in as `http_client`."""
    from simvoly._pool import OwnPool

    pool = client._pool
    if isinstance(pool, OwnPool):
        return pool.pools()[0]
    return pool._http


def sync_http_of(client: Simvoly) -> httpx.Client:
    """The httpx client a sync client sends with (its own, or the one passed in)."""
    return client._pool._http

"""Shared fixtures: a fake clock for retries, and clients over mock transports."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import attrs
import httpx
import pytest

from simvoly import AsyncSimvoly, _retry

API_KEY = "sk-test-0123456789abcdef"
SITE = "https://mysite.simvoly.com"
BASE = f"{SITE}/api/site"


@attrs.define
class FakeClock:
    """Replaces the retry loop's clock and sleep: time passes only when the SDK sleeps."""

    now: float = 1000.0
    sleeps: list[float] = attrs.field(factory=list)

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture(autouse=True)
def fake_clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """Every test: retries wait on a fake clock, so no test sleeps for real."""
    clock = FakeClock()
    monkeypatch.setattr(_retry, "monotonic", clock.monotonic)
    monkeypatch.setattr(_retry, "sleep", clock.sleep)
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


def json_response(body: Any, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


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

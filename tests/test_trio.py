"""The SDK under trio: anyio's sleep for retries, task groups for concurrent pages, and
anyio's cancel scope for the call's deadline (asyncio-only shortcuts are not taken)."""

from __future__ import annotations

import time
from typing import Any

import anyio
import httpx
import pytest

import simvoly
from simvoly import AsyncSimvoly, RetryPolicy, _retry

from .conftest import error_response, json_response, make_client


def contacts_page(request: httpx.Request) -> httpx.Response:
    skip, limit = int(request.url.params["skip"]), int(request.url.params["limit"])
    items = [{"id": i} for i in range(skip + 1, min(skip + limit, 230) + 1)]
    return json_response({"items": items, "totalCount": 230, "limit": limit, "skip": skip})


def test_a_concurrent_walk_under_trio() -> None:
    client, recorder = make_client(contacts_page)

    async def walk() -> list[Any]:
        return [c.id async for c in client.contacts.list(concurrency=3)]

    assert anyio.run(walk, backend="trio") == list(range(1, 231))
    assert len(recorder.requests) == 5


def test_an_error_in_a_trio_batch_is_the_pages_own() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params["skip"] == "100":
            return error_response(404, "gone")
        return contacts_page(request)

    client, _ = make_client(handler)

    async def walk() -> None:
        async for _ in client.contacts.list(concurrency=4):
            pass

    with pytest.raises(simvoly.NotFoundError, match="gone"):
        anyio.run(walk, backend="trio")


def test_retries_sleep_with_anyio_under_trio(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_retry, "sleep", anyio.sleep)  # the real one, briefly
    answers = iter([error_response(503, "busy"), json_response({"id": 1})])
    client, recorder = make_client(lambda _: next(answers), retry=RetryPolicy(initial_backoff=0.01))

    async def get() -> Any:
        return await client.contacts.get(1)

    assert anyio.run(get, backend="trio").id == 1
    assert len(recorder.requests) == 2


async def _slow_stream() -> Any:
    yield b'{"id": '
    await anyio.sleep(10)
    yield b"1}"


def test_the_deadline_bounds_an_attempt_under_trio(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_retry, "monotonic", time.monotonic)

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=_slow_stream())

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    client = AsyncSimvoly(
        "k", base_url="https://x.test/api", http_client=http, retry=RetryPolicy(deadline=0.2)
    )

    async def get() -> Any:
        return await client.contacts.get(1)

    started = time.monotonic()
    with pytest.raises(simvoly.APITimeoutError, match="deadline"):
        anyio.run(get, backend="trio")
    assert time.monotonic() - started < 2

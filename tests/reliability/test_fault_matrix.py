"""The fault matrix of docs/reliability.md, over real sockets on 127.0.0.1.

For every fault and every kind of call (GET, PUT, DELETE, an upsert POST, a plain POST)
the test records the requests the server received and the outcome, and asserts the row's
expectation: success after retries, or the right exception with the server's message,
within a bounded time, and never a repeated non-idempotent request.

Every row runs on each way to send: the async client on httpx's transport and on aiohttp,
and the sync client `Simvoly` (in a worker thread, as the server runs on the test's loop).
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import time
from collections.abc import Callable
from typing import Any, Literal

import anyio
import attrs
import pytest

import simvoly
from simvoly import AsyncSimvoly, RetryPolicy, Simvoly, _retry
from simvoly.models import Order
from tests.conftest import AnyClient, FakeClock

from .faultserver import (
    Behaviour,
    Exchange,
    close_after,
    close_before_answer,
    fault_server,
    full_backlog,
    never_answer,
    raw_answer,
    reply,
    reset_before_answer,
    reset_mid_response,
    trickle,
    unused_port,
)

#: A call of either client: see `run()`.
Call = Callable[[AnyClient], Any]
KINDS: dict[str, Call] = {
    "GET": lambda c: c.orders.get(1),
    "PUT": lambda c: c.orders.update(1, status="shipped"),
    "DELETE": lambda c: c.contacts.delete(1),
    "upsert POST": lambda c: c.contacts.create("jane@example.com"),
    "plain POST": lambda c: c.members.create("Jane", "jane@example.com"),
}
IDEMPOTENT = ["GET", "PUT", "DELETE", "upsert POST"]
SLOW_DOWN = {"success": False, "message": "Slow down"}
OK = reply(200, {"id": 1, "status": "shipped", "email": "jane@example.com"})


@attrs.frozen
class Outcome:
    error: type[Exception] | None  # None: the call succeeded
    requests: int  # what the server received


@attrs.frozen
class Row:
    """One fault of the matrix: the server's script and the expected outcome per kind."""

    script: list[Behaviour]
    idempotent: Outcome
    plain_post: Outcome
    delete: Outcome | None = None  # when a DELETE differs from the other idempotent calls
    sleeps: list[float] | None = None  # the retry waits, when the row fixes them
    timeout: float = 0.5


def retry_after_date(seconds: float) -> str:
    return email.utils.formatdate(time.time() + seconds, usegmt=True)


Backend = Literal["httpx", "aiohttp", "sync"]
#: Every way the SDK sends: the async client on each transport it ships, and the sync client.
BACKENDS: list[Backend] = ["httpx", "aiohttp", "sync"]


def make_client(backend: Backend, base_url: str, **options: Any) -> AnyClient:
    if backend == "sync":
        return Simvoly("key", base_url=base_url, **options)
    return AsyncSimvoly("key", base_url=base_url, http_backend=backend, **options)


async def run(call: Call, client: AnyClient) -> Any:
    """`call(client)`: awaited, or for the sync client run in a worker thread (the server
    answers on this thread's event loop)."""
    if isinstance(client, Simvoly):
        return await anyio.to_thread.run_sync(call, client)
    return await call(client)


async def close(client: AnyClient) -> None:
    if isinstance(client, Simvoly):
        client.close()
    else:
        await client.aclose()


DEEP = b"[" * 100_000  # nested deeper than any recursion limit

ok2, ok1 = Outcome(None, 2), Outcome(None, 1)
lost = Outcome(simvoly.APIConnectionError, 1)  # a plain POST that may have been processed
ROWS: dict[str, Row] = {
    "closed after the request, before any answer": Row([close_before_answer(), OK], ok2, lost),
    "reset before the answer": Row([reset_before_answer(), OK], ok2, lost),
    "malformed status line": Row([raw_answer(b"HTTP/1.1 OK 200\r\n\r\n"), OK], ok2, lost),
    "over-long header": Row(
        [raw_answer(b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * 1_000_000 + b"\r\n\r\n{}"), OK],
        ok2,
        lost,
    ),
    "header without a colon": Row(
        [raw_answer(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nNo colon here\r\n\r\n{}"), OK],
        ok2,
        lost,
    ),
    "connection reset mid-response": Row(
        [reset_mid_response(), OK], ok2, Outcome(simvoly.APIConnectionError, 1)
    ),
    "server closes kept-alive sockets": Row([close_after(OK)], ok1, ok1),
    "read timeout": Row(
        [never_answer(), OK], ok2, Outcome(simvoly.APITimeoutError, 1), timeout=0.2
    ),
    "429, Retry-After seconds": Row(
        [reply(429, SLOW_DOWN, headers={"Retry-After": "1"}), OK],
        ok2,
        ok2,
        sleeps=[1.0],
    ),
    "429, Retry-After HTTP date": Row(
        [
            reply(
                429,
                SLOW_DOWN,
                headers={"Retry-After": retry_after_date(3)},
            ),
            OK,
        ],
        ok2,
        ok2,
    ),
    "429, retry-after-ms": Row(
        [
            reply(429, SLOW_DOWN, headers={"retry-after-ms": "1500"}),
            OK,
        ],
        ok2,
        ok2,
        sleeps=[1.5],
    ),
    "429, absurd Retry-After": Row(
        [
            reply(
                429,
                {"success": False, "message": "Come back tomorrow"},
                headers={"Retry-After": "86400"},
            ),
            OK,
        ],
        Outcome(simvoly.RateLimitError, 1),
        Outcome(simvoly.RateLimitError, 1),
        sleeps=[],
    ),
    "429, garbage Retry-After": Row(
        [
            reply(429, SLOW_DOWN, headers={"Retry-After": "soon"}),
            OK,
        ],
        ok2,
        ok2,
    ),
    "500 then 502 then success": Row(
        [
            reply(500, {"success": False, "message": "Oops"}),
            reply(502, raw=b"<html>Bad Gateway</html>", content_type="text/html"),
            OK,
        ],
        Outcome(None, 3),
        Outcome(simvoly.InternalServerError, 1),
    ),
    "503 burst longer than the retries": Row(
        [reply(503, {"success": False, "message": "Maintenance"})],
        Outcome(simvoly.InternalServerError, 3),
        Outcome(simvoly.InternalServerError, 1),
    ),
    "504 then success": Row(
        [reply(504, raw=b""), OK], ok2, Outcome(simvoly.InternalServerError, 1)
    ),
    "520 from a proxy": Row(
        [
            reply(
                520,
                raw=b"<html>Web server is returning an unknown error</html>",
                content_type="text/html",
            ),
            OK,
        ],
        Outcome(simvoly.InternalServerError, 1),
        Outcome(simvoly.InternalServerError, 1),
    ),
    "599, a non-IANA 5xx": Row(
        [reply(599, {"success": False, "message": "Odd"}), OK],
        Outcome(simvoly.InternalServerError, 1),
        Outcome(simvoly.InternalServerError, 1),
    ),
    "299, a non-IANA 2xx": Row([reply(299, {"id": 1})], ok1, ok1),
    "200 with an HTML page": Row(
        [reply(200, raw=b"<html><body>Maintenance</body></html>", content_type="text/html")],
        Outcome(simvoly.APIResponseValidationError, 1),
        Outcome(simvoly.APIResponseValidationError, 1),
        delete=ok1,
    ),
    "200 with an empty body": Row(
        [reply(200, raw=b"")],
        Outcome(simvoly.APIResponseValidationError, 1),
        Outcome(simvoly.APIResponseValidationError, 1),
        delete=ok1,
    ),
    "200 with truncated JSON": Row(
        [reply(200, raw=b'{"id": 1, "name": "Jo')],
        Outcome(simvoly.APIResponseValidationError, 1),
        Outcome(simvoly.APIResponseValidationError, 1),
        delete=ok1,
    ),
    "200 with JSON under a wrong content type": Row(
        [reply(200, {"id": 1}, content_type="text/html")], ok1, ok1
    ),
    '200 with {"success": false}': Row(
        [reply(200, {"success": False})],
        Outcome(simvoly.APIStatusError, 1),
        Outcome(simvoly.APIStatusError, 1),
    ),
    "200 with a gzip Content-Encoding on plain JSON": Row(
        [reply(200, {"id": 1}, headers={"Content-Encoding": "gzip"})],
        Outcome(simvoly.APIResponseValidationError, 1),
        Outcome(simvoly.APIResponseValidationError, 1),
        delete=ok1,
    ),
    "500 with a body that is not deflate": Row(
        [reply(500, raw=b"not deflate at all", headers={"Content-Encoding": "deflate"})],
        Outcome(simvoly.InternalServerError, 3),
        Outcome(simvoly.InternalServerError, 1),
    ),
    "200 with JSON nested 100,000 deep": Row(
        [reply(200, raw=DEEP)],
        Outcome(simvoly.APIResponseValidationError, 1),
        Outcome(simvoly.APIResponseValidationError, 1),
        delete=ok1,
    ),
    "400 with JSON nested 100,000 deep": Row(
        [reply(400, raw=DEEP)],
        Outcome(simvoly.BadRequestError, 1),
        Outcome(simvoly.BadRequestError, 1),
    ),
    "503 with JSON nested 100,000 deep": Row(
        [reply(503, raw=DEEP)],
        Outcome(simvoly.InternalServerError, 3),
        Outcome(simvoly.InternalServerError, 1),
    ),
    "a redirect to a malformed Location": Row(
        [reply(302, raw=b"", headers={"Location": "https://[::1"}), OK],
        Outcome(simvoly.RedirectError, 1),
        Outcome(simvoly.RedirectError, 1),
    ),
    "200 with unknown enum values and extra fields": Row(
        [reply(200, {"id": 1, "status": "refunded", "discountType": "bogo", "loyalty": {"a": 1}})],
        ok1,
        ok1,
    ),
}


def expected(row: Row, kind: str) -> Outcome:
    if kind == "plain POST":
        return row.plain_post
    if kind == "DELETE" and row.delete is not None:
        return row.delete
    return row.idempotent


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("fault", ROWS)
async def test_fault_matrix(fault: str, kind: str, backend: Backend, fake_clock: FakeClock) -> None:
    row = ROWS[fault]
    want = expected(row, kind)
    async with fault_server(*row.script) as server:
        client = make_client(backend, server.base_url, user_agent="Faults/1", timeout=row.timeout)
        started = time.monotonic()
        try:
            for _ in range(2 if fault == "server closes kept-alive sockets" else 1):
                await run(KINDS[kind], client)
            error: Exception | None = None
        except simvoly.SimvolyError as caught:
            error = caught
        elapsed = time.monotonic() - started
        await close(client)
    calls = 2 if fault == "server closes kept-alive sockets" else 1
    assert (type(error) if error else None, len(server.requests)) == (
        want.error,
        want.requests * calls,
    ), error
    if (
        isinstance(error, simvoly.APIStatusError)
        and isinstance(error.body, dict)
        and ("message" in error.body)
    ):
        assert error.message == error.body["message"]  # the server's own words
    if row.sleeps is not None and want.error is None:
        assert fake_clock.sleeps == row.sleeps
    assert elapsed < 5  # bounded: real waits are the 0.2-0.5 s read timeouts at most


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("kind", KINDS)
async def test_connection_refused(kind: str, backend: Backend, fake_clock: FakeClock) -> None:
    client = make_client(backend, f"http://127.0.0.1:{unused_port()}/api/site")
    with pytest.raises(simvoly.APIConnectionError) as caught:
        await run(KINDS[kind], client)
    assert type(caught.value) is simvoly.APIConnectionError  # refused, not a timeout
    # Never sent, so even a plain POST is retried: 3 attempts, 2 waits.
    assert caught.value.retries_taken == 2
    assert len(fake_clock.sleeps) == 2
    await close(client)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("kind", ["GET", "plain POST"])
async def test_a_connect_timeout(kind: str, backend: Backend, fake_clock: FakeClock) -> None:
    with full_backlog() as port:
        client = make_client(backend, f"http://127.0.0.1:{port}/api/site", timeout=0.2)
        with pytest.raises(simvoly.APITimeoutError, match="timed out") as caught:
            await run(KINDS[kind], client)
        await close(client)
    # No connection, so nothing was sent: even a plain POST is retried (3 attempts).
    assert caught.value.retries_taken == 2
    assert len(fake_clock.sleeps) == 2


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("kind", KINDS)
async def test_a_trickle_past_the_deadline_times_out(
    kind: str, backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_retry, "monotonic", time.monotonic)  # the deadline runs on real time
    async with fault_server(trickle(0.05)) as server:
        client = make_client(backend, server.base_url, timeout=0.5, retry=RetryPolicy(deadline=1.0))
        started = time.monotonic()
        with pytest.raises(simvoly.APITimeoutError, match="deadline"):
            await run(KINDS[kind], client)
        assert 0.9 < time.monotonic() - started < 2.0
        assert len(server.requests) == 1
        await close(client)


@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_huge_response_parses(backend: Backend) -> None:
    huge = {"id": 1, "notes": [{"time": i, "value": "x" * 1000} for i in range(10_000)]}
    async with fault_server(reply(200, huge)) as server:
        client = make_client(backend, server.base_url)
        order: Order = await run(lambda c: c.orders.get(1), client)
        await close(client)
    assert len(json.dumps(huge)) > 10_000_000
    assert len(order.notes) == 10_000  # type: ignore[arg-type]  # notes is list | Unset; the answer has it


@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_page_missing_required_fields_names_the_model_and_field(backend: Backend) -> None:
    async with fault_server(reply(200, {"items": [], "limit": 50, "skip": 0})) as server:
        client = make_client(backend, server.base_url, strict=True)
        with pytest.raises(
            simvoly.APIResponseValidationError,
            match=r"ContactPage\.totalCount: expected integer, got missing",
        ):
            await run(lambda c: c.contacts.list().first_page(), client)
        # Tolerant (the default): the page reads, its total unknown.
        page = await run(
            lambda c: c.with_options(strict=False).contacts.list().first_page(), client
        )
        assert (page.items, page.total_count) == ([], None)
        await close(client)


def paging(records: list[dict[str, Any]], mutate: Callable[[int], None]) -> Behaviour:
    """A list endpoint over `records`, which `mutate` changes after every page."""
    served = 0

    async def behave(exchange: Exchange) -> None:
        nonlocal served
        query = dict(part.split("=") for part in exchange.path.split("?", 1)[1].split("&"))
        limit, skip = int(query["limit"]), int(query["skip"])
        page = {
            "items": records[skip : skip + limit],
            "totalCount": len(records),
            "limit": limit,
            "skip": skip,
        }
        served += 1
        mutate(served)
        await reply(200, page)(exchange)

    return behave


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("concurrency", [1, 4])
async def test_pagination_while_records_come_and_go(concurrency: int, backend: Backend) -> None:
    records = [{"id": i} for i in range(1, 501)]
    next_id = 10_000

    def mutate(served: int) -> None:
        nonlocal next_id
        records.insert(0, {"id": next_id})  # a new record first: pages shift forward
        next_id += 1
        if served % 3 == 0:
            del records[len(records) // 2]  # and one deleted: pages shift back

    async with fault_server(paging(records, mutate)) as server:
        client = make_client(backend, server.base_url)
        paginator = client.contacts.list(concurrency=concurrency)
        if isinstance(paginator, simvoly.SyncPaginator):
            ids = await anyio.to_thread.run_sync(lambda: [c.id for c in paginator])
        else:
            ids = [c.id async for c in paginator]
        await close(client)
    assert len(ids) == len(set(ids))  # no id twice
    assert len(server.requests) < 30  # and the walk ends


def served_out_of_order(records: list[dict[str, Any]], late: int, limit: int) -> Behaviour:
    """A list endpoint over `records` that answers the page at offset `late` only after
    the page after it, with a record added first in between (a list newest first): the
    race of pages fetched ahead, forced."""
    answered_next = asyncio.Event()

    async def behave(exchange: Exchange) -> None:
        query = dict(part.split("=") for part in exchange.path.split("?", 1)[1].split("&"))
        skip = int(query["skip"])
        if skip == late and not answered_next.is_set():
            await answered_next.wait()
        page = {
            "items": records[skip : skip + int(query["limit"])],
            "totalCount": len(records),
            "limit": int(query["limit"]),
            "skip": skip,
        }
        await reply(200, page)(exchange)
        if skip == late + limit and not answered_next.is_set():
            records.insert(0, {"id": 10_000})
            answered_next.set()

    return behave


@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_page_ahead_answered_before_the_page_before_it_is_read_again(
    backend: Backend,
) -> None:
    """Pages fetched ahead can be answered out of order: here the page at 40 before the
    one at 20, and a record added first in between. The page at 20 then ends one record
    later than before (its last shifted into it from 40), and the page at 40 was answered
    before the shift: the record that crossed would be on neither. Their totals differ,
    so the walk reads the page at 40 again, and nothing is skipped."""
    records = [{"id": i} for i in range(1, 121)]
    async with fault_server(served_out_of_order(records, late=20, limit=20)) as server:
        client = make_client(backend, server.base_url)
        paginator = client.contacts.list(limit=20, concurrency=3)
        if isinstance(paginator, simvoly.SyncPaginator):
            ids = await anyio.to_thread.run_sync(lambda: [c.id for c in paginator])
        else:
            ids = [c.id async for c in paginator]
        await close(client)
    assert ids == list(range(1, 121))  # none skipped, none twice; the new one came before

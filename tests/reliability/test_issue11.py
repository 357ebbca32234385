"""Reliability II (issue #11): each case over real sockets on 127.0.0.1, on both
transports where a transport is involved. The fault matrix itself (both transports, the
rows it lacked) is test_fault_matrix.py; docs/reliability.md names each test here."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import pickle
import select
import threading
import traceback
import tracemalloc
import warnings
import zlib
from collections.abc import Iterator
from typing import Any, Literal

import anyio
import httpx
import pytest

import simvoly
from simvoly import AsyncSimvoly, RetryPolicy
from simvoly._pool import CLOSED, OwnPool
from simvoly.models import MemberSession
from tests.conftest import FakeClock

from .faultserver import (
    Behaviour,
    Exchange,
    close_after,
    close_before_answer,
    fault_server,
    reply,
    streamed,
)

Backend = Literal["httpx", "aiohttp"]
BACKENDS: list[Backend] = ["httpx", "aiohttp"]
KEY = "sk-live-THE-KEY-4f9a8b7c6d5e"
OK = reply(200, {"id": 1, "status": "shipped", "email": "jane@example.com"})
GROUP = reply(200, {"id": 7, "name": "VIP"})


def client_for(base_url: str, backend: Backend, **options: Any) -> AsyncSimvoly:
    return AsyncSimvoly(KEY, base_url=base_url, user_agent="I11/1", http_backend=backend, **options)


# -- the aiohttp transport: failures by what happened ---------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_plain_post_is_sent_once_when_the_server_closes_without_answering(
    backend: Backend,
) -> None:
    async with (
        fault_server(close_before_answer(), GROUP) as server,
        client_for(server.base_url, backend) as client,
    ):
        with pytest.raises(simvoly.APIConnectionError) as caught:
            await client.member_groups.create("VIP")
    assert type(caught.value) is simvoly.APIConnectionError
    assert server.requests == [("POST", "/api/site/member-groups")]


@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_delete_whose_answer_was_lost_then_404_is_done(backend: Backend) -> None:
    gone = reply(404, {"success": False, "message": "Not found"})
    async with (
        fault_server(close_before_answer(), gone) as server,
        client_for(server.base_url, backend) as client,
    ):
        await client.contacts.delete(1)  # no NotFoundError: the lost try deleted it
    assert len(server.requests) == 2


@pytest.mark.parametrize("poll", [True, False], ids=["poll", "no poll (Windows)"])
@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_kept_alive_connection_the_server_closed_is_not_reused(
    backend: Backend, poll: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server that closes each connection after answering (without saying so): every
    plain POST goes out once, on a new connection. aiohttp alone wrote the next one into
    the closed connection, which failed as maybe processed."""
    if not poll:
        monkeypatch.delattr(select, "poll")
    async with (
        fault_server(close_after(GROUP)) as server,
        client_for(server.base_url, backend) as client,
    ):
        for _ in range(3):
            await client.member_groups.create("VIP")
    assert server.requests == [("POST", "/api/site/member-groups")] * 3


def test_the_aiohttp_transport_under_trio_is_a_clear_simvoly_error() -> None:
    client = AsyncSimvoly(KEY, base_url="http://127.0.0.1:9/api/site", http_backend="aiohttp")

    async def call() -> None:
        await client.orders.get(1)

    with pytest.raises(simvoly.SimvolyError, match="asyncio only"):
        anyio.run(call, backend="trio")
    anyio.run(client.aclose, backend="trio")


# -- nothing but SimvolyError: bodies ------------------------------------------------------


def gzip_bomb(size: int) -> Iterator[bytes]:
    """`size` bytes of spaces, gzip-compressed, in chunks (about 1000:1)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = b" " * (1 << 20)
    for _ in range(size >> 20):
        yield compressor.compress(block)
    yield compressor.flush()


@pytest.mark.parametrize("status", [200, 500])
@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_gzip_bomb_stops_at_the_cap(backend: Backend, status: int) -> None:
    bomb = streamed(
        status,
        lambda: gzip_bomb(512 << 20),
        {"Content-Encoding": "gzip", "Content-Type": "text/html"},
    )
    async with (
        fault_server(bomb) as server,
        client_for(server.base_url, backend, max_retries=0) as client,
    ):
        tracemalloc.start()
        try:
            with pytest.raises(simvoly.APIError, match=r"more than [\d,]+ bytes") as caught:
                await client.orders.get(1)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 3 * 32 * 1024 * 1024  # the cap, not 512 MB
    expected = simvoly.APIResponseValidationError if status == 200 else simvoly.InternalServerError
    assert type(caught.value) is expected
    assert len(str(caught.value)) < 1000


@pytest.mark.parametrize("backend", BACKENDS)
async def test_the_cap_is_configurable(backend: Backend) -> None:
    async with (
        fault_server(reply(200, {"id": 1, "padding": "x" * 2000})) as server,
        client_for(server.base_url, backend, max_response_bytes=1000) as small,
    ):
        with pytest.raises(simvoly.APIResponseValidationError, match="more than 1,000"):
            await small.orders.get(1)
        async with client_for(server.base_url, backend) as default:
            assert (await default.orders.get(1)).id == 1
    with pytest.raises(ValueError, match="max_response_bytes"):
        AsyncSimvoly(KEY, base_url=server.base_url, max_response_bytes=0)


def deflated(data: bytes, wbits: int) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, wbits)
    return compressor.compress(data) + compressor.flush()


@pytest.mark.parametrize(
    ("encoding", "wbits"),
    [("gzip", zlib.MAX_WBITS | 16), ("deflate", zlib.MAX_WBITS), ("deflate", -zlib.MAX_WBITS)],
    ids=["gzip", "deflate", "raw deflate"],
)
@pytest.mark.parametrize("backend", BACKENDS)
async def test_compressed_answers_are_decoded(backend: Backend, encoding: str, wbits: int) -> None:
    """gzip, deflate, and deflate without its zlib wrapper (as some servers send it),
    streamed in chunks, each decoded to its end."""
    order = {"id": 1, "notes": [{"time": i, "value": f"note {i}"} for i in range(5000)]}
    body = deflated(json.dumps(order).encode(), wbits)
    chunks = [body[i : i + 1000] for i in range(0, len(body), 1000)]
    headers = {"Content-Encoding": encoding, "Content-Type": "application/json"}
    async with (
        fault_server(streamed(200, lambda: iter(chunks), headers)) as server,
        client_for(server.base_url, backend) as client,
    ):
        got = await client.orders.get(1)
    assert server.raw_heads[0].lower().count(b"accept-encoding: gzip, deflate\r\n") == 1
    assert got.to_dict() == order


@pytest.mark.parametrize("backend", BACKENDS)
async def test_an_encoding_the_sdk_did_not_ask_for_is_reported(backend: Backend) -> None:
    brotli = {"Content-Encoding": "br"}
    script = [
        reply(200, raw=b"\x8b\x03\x80{}\x03", headers=brotli),
        reply(400, raw=b"\x8b\x03\x80{}\x03", headers=brotli),
        reply(200, raw=b"\x8b\x03\x80{}\x03", headers=brotli),
    ]
    async with (
        fault_server(*script) as server,
        client_for(server.base_url, backend) as client,
    ):
        with pytest.raises(simvoly.APIResponseValidationError, match=r"did not ask for \(br\)"):
            await client.orders.get(1)
        with pytest.raises(simvoly.BadRequestError, match=r"did not ask for \(br\)"):
            await client.orders.get(1)
        await client.contacts.delete(1)  # any 2xx acknowledges a DELETE
    assert len(server.requests) == 3


async def test_the_cap_holds_for_an_answer_read_already() -> None:
    """A transport that hands over bodies read in full (httpx.MockTransport, the
    sandbox's in-process one): the cap still bounds what the SDK keeps and parses."""

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/orders/2"):
            return httpx.Response(404, text="<html>" + "gone " * 400_000)  # 2 MB
        return httpx.Response(200, json={"id": 1, "padding": "x" * 2000})

    base_url = "https://mysite.simvoly.com/api/site"
    async with httpx.AsyncClient(transport=httpx.MockTransport(answer)) as http:
        small = client_for(base_url, "httpx", http_client=http, max_response_bytes=1000)
        with pytest.raises(simvoly.APIResponseValidationError, match="more than 1,000 bytes"):
            await small.orders.get(1)
        default = client_for(base_url, "httpx", http_client=http)
        assert (await default.orders.get(1)).id == 1
        with pytest.raises(simvoly.NotFoundError, match="<html>gone gone") as caught:
            await default.orders.get(2)
    assert len(caught.value.response.content) == 1 << 20  # of an error answer, 1 MiB at most


@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_huge_error_page_is_cut_before_it_is_split_into_words(backend: Backend) -> None:
    page = b"<html>" + b"word " * 4_000_000 + b"</html>"  # 20 MB of words
    async with (
        fault_server(reply(400, raw=page, content_type="text/html")) as server,
        client_for(server.base_url, backend) as client,
    ):
        tracemalloc.start()
        try:
            with pytest.raises(simvoly.BadRequestError) as caught:
                await client.orders.get(1)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert 30 < str(caught.value).count("word") <= 40  # 200 characters of it
    assert peak < 5 * len(page)  # the body and its text, not a list of 4 million words


@pytest.mark.parametrize("kind", ["GET", "PUT"])
async def test_a_malformed_location_on_a_callers_http_client_is_one_error(
    kind: str, fake_clock: FakeClock
) -> None:
    """httpx reads a redirect's Location before it hands the answer back, so on a
    caller's own client the SDK never sees the answer: an APIConnectionError that says
    what happened, and no retry (none would change a redirect)."""
    moved = reply(302, raw=b"", headers={"Location": "https://[::1"})
    async with fault_server(moved, OK) as server, httpx.AsyncClient() as http:
        client = client_for(server.base_url, "httpx", http_client=http)
        call = client.orders.get(1) if kind == "GET" else client.orders.update(1, status="shipped")
        with pytest.raises(simvoly.APIConnectionError, match="malformed Location") as caught:
            await call
    assert type(caught.value) is simvoly.APIConnectionError
    assert caught.value.retries_taken == 0
    assert len(server.requests) == 1
    assert fake_clock.sleeps == []


# -- nothing but SimvolyError: loops and closing -------------------------------------------


@contextlib.contextmanager
def nothing_left_unclosed() -> Iterator[None]:
    """Fail if a socket, transport or session is left for the garbage collector to close
    (a ResourceWarning, which lands in whatever code runs when the collector does)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        yield
        gc.collect()
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []


@contextlib.contextmanager
def server_in_a_thread(*script: Behaviour) -> Iterator[str]:
    """A fault server on a loop of its own thread (the test's loops come and go); its URL."""
    ready = threading.Event()
    stop: asyncio.Future[None] | None = None
    base_url = ""
    serving_loop: asyncio.AbstractEventLoop | None = None

    async def serve() -> None:
        nonlocal stop, base_url, serving_loop
        serving_loop = asyncio.get_running_loop()
        stop = serving_loop.create_future()
        async with fault_server(*script) as server:
            base_url = server.base_url
            ready.set()
            await stop

    thread = threading.Thread(target=asyncio.run, args=(serve(),))
    thread.start()
    ready.wait(10)
    try:
        yield base_url
    finally:
        assert serving_loop is not None
        assert stop is not None
        serving_loop.call_soon_threadsafe(stop.set_result, None)
        thread.join(10)


@pytest.mark.parametrize("backend", BACKENDS)
def test_one_client_under_two_event_loops(backend: Backend) -> None:
    """A module-level client and asyncio.run() twice: each loop gets its own pool, closed
    as its loop shuts down (no socket left to the garbage collector)."""

    def two_runs(base_url: str) -> list[int]:
        client = client_for(base_url, backend)

        async def get() -> int:
            return (await client.orders.get(1)).id

        ids = [asyncio.run(get()), asyncio.run(get())]  # was: Event loop is closed
        asyncio.run(client.aclose())
        return ids

    with server_in_a_thread(OK) as base_url, nothing_left_unclosed():
        assert two_runs(base_url) == [1, 1]


async def test_several_loops_in_threads_keep_one_timer_each() -> None:
    pending: list[int] = []

    async def three_threads(base_url: str) -> None:
        client = client_for(base_url, "httpx")

        def worker() -> None:
            async def calls() -> None:
                for _ in range(150):
                    await client.orders.get(1)
                    await asyncio.sleep(0)  # let the other thread's loop take turns
                loop = asyncio.get_running_loop()
                pending.append(sum(not h.cancelled() for h in loop._scheduled))  # type: ignore[attr-defined]  # asyncio's own list of timers

            asyncio.run(calls())

        threads = [threading.Thread(target=worker) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            await asyncio.to_thread(thread.join, 60)

    async with fault_server(OK) as server:
        with nothing_left_unclosed():  # each thread's pool closed as its loop ended
            await three_threads(server.base_url)
    assert len(pending) == 3
    assert max(pending) <= 2  # was: one 120 s timer per switch of loop, ~100 here


@pytest.mark.parametrize("pool", ["httpx", "aiohttp", "http_client"])
async def test_a_closed_client_refuses_calls_and_async_with(pool: str) -> None:
    async with fault_server(OK) as server, httpx.AsyncClient() as http:
        if pool == "http_client":
            client = client_for(server.base_url, "httpx", http_client=http)
        else:
            client = client_for(server.base_url, "aiohttp" if pool == "aiohttp" else "httpx")
        await client.orders.get(1)
        await client.aclose()
        with pytest.raises(simvoly.SimvolyError, match="AsyncSimvoly is closed"):
            await client.orders.get(1)
        with pytest.raises(simvoly.SimvolyError, match="AsyncSimvoly is closed"):
            async with client:
                pass
        await client.aclose()  # twice is fine
        assert not http.is_closed  # a caller's own client is left open
    assert len(server.requests) == 1


async def test_a_closed_http_client_is_a_clear_error() -> None:
    async with fault_server(OK) as server:
        http = httpx.AsyncClient()
        await http.aclose()
        client = client_for(server.base_url, "httpx", http_client=http)
        with pytest.raises(
            simvoly.SimvolyError, match="http_client passed to AsyncSimvoly is closed"
        ):
            await client.orders.get(1)  # was: httpx's RuntimeError
    assert server.requests == []


@pytest.mark.parametrize("backend", BACKENDS)
async def test_aclose_closes_the_pools_of_loops_running_in_other_threads(backend: Backend) -> None:
    async with fault_server(OK) as server:
        client = client_for(server.base_url, backend)
        await client.orders.get(1)
        called, closed = threading.Event(), threading.Event()
        after_close: list[BaseException] = []

        def worker() -> None:
            async def calls() -> None:
                await client.orders.get(1)
                called.set()
                await asyncio.to_thread(closed.wait, 10)  # this loop runs meanwhile
                try:
                    await client.orders.get(1)
                except simvoly.SimvolyError as error:
                    after_close.append(error)

            asyncio.run(calls())

        thread = threading.Thread(target=worker)
        thread.start()
        await asyncio.to_thread(called.wait, 10)
        pool = client._pool
        assert isinstance(pool, OwnPool)
        pools = pool.pools()
        await client.aclose()  # the thread's loop is running: its pool is closed there
        states = [http.is_closed for http in pools]
        closed.set()
        await asyncio.to_thread(thread.join, 10)
    assert states == [True, True]
    assert [str(error) for error in after_close] == [CLOSED]


def test_loops_closed_without_shutting_down_leave_no_pool_behind() -> None:
    """Loops run by hand and closed without `shutdown_asyncgens()`: each gets a working
    pool, and the pools of ended loops are dropped, not kept (their sockets go to the
    garbage collector: the one case the SDK cannot close them in)."""

    def five_loops(base_url: str) -> int:
        client = client_for(base_url, "httpx")
        for _ in range(5):
            loop = asyncio.new_event_loop()
            assert loop.run_until_complete(client.orders.get(1)).id == 1
            loop.close()
        pool = client._pool
        assert isinstance(pool, OwnPool)
        kept = len(pool.pools())
        asyncio.run(client.aclose())  # the last loop has ended: nothing to close there
        return kept

    with server_in_a_thread(OK) as base_url, warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        assert five_loops(base_url) == 1
        gc.collect()  # the ended loops' sockets, here rather than in a later test


def test_a_callers_http_client_used_on_another_loop_is_a_clear_error() -> None:
    """An `http_client` passed in belongs to the loop it first ran on; the SDK cannot
    re-pool it, and says so."""

    def two_runs(base_url: str) -> None:
        client = client_for(base_url, "httpx", http_client=httpx.AsyncClient())

        async def get() -> int:
            return (await client.orders.get(1)).id

        assert asyncio.run(get()) == 1
        with pytest.raises(simvoly.SimvolyError, match="make one per event loop") as caught:
            asyncio.run(get())  # was: RuntimeError: Event loop is closed
        assert type(caught.value) is simvoly.SimvolyError

    with server_in_a_thread(OK) as base_url, warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        two_runs(base_url)
        gc.collect()  # the first loop's connection, the caller's, left to the collector


# -- no key in any text -------------------------------------------------------------------


@pytest.mark.parametrize(
    "key",
    [KEY + " ", KEY + "\t", " " + KEY, KEY[:5] + "\x0b" + KEY[5:], KEY + "\x0c", KEY + "é"],
)
def test_header_values_are_checked_fully_and_never_echoed(key: str) -> None:
    with pytest.raises(ValueError, match="api_key") as caught:
        AsyncSimvoly(key, base_url="http://127.0.0.1:9/api/site")
    assert KEY not in str(caught.value)
    assert KEY[:12] not in str(caught.value)


async def test_a_transport_error_never_carries_a_header() -> None:
    """A header the transport refuses (here from a caller's own client) is not quoted."""

    async with fault_server(OK) as server:
        http = httpx.AsyncClient(headers={"Cookie": f"session={KEY} "})
        client = AsyncSimvoly("other-key", base_url=server.base_url, http_client=http)
        with pytest.raises(simvoly.APIConnectionError) as caught:
            await client.orders.get(1)
        await http.aclose()
    text = "".join(traceback.format_exception(caught.value))
    assert KEY not in text
    assert server.requests == []


@pytest.mark.parametrize("backend", BACKENDS)
async def test_exceptions_pickle_without_the_key(backend: Backend) -> None:
    script = [
        reply(404, {"success": False, "message": "No such order"}),
        close_before_answer(),
        reply(200, raw=b"<html>", content_type="text/html"),
        reply(302, raw=b"", headers={"Location": "https://www.mysite.com/api/site"}),
    ]
    async with (
        fault_server(*script) as server,
        client_for(server.base_url, backend, max_retries=0) as client,
    ):
        errors: list[simvoly.APIError] = []
        for _ in script:
            with pytest.raises(simvoly.APIError) as caught:
                await client.orders.update(1, status="shipped")
            errors.append(caught.value)
    for error in errors:
        data = pickle.dumps(error)
        assert KEY.encode() not in data
        copy = pickle.loads(data)  # noqa: S301 - our own bytes
        assert type(copy) is type(error)
        assert (copy.message, copy.retries_taken, str(copy)) == (
            error.message,
            error.retries_taken,
            str(error),
        )
        assert (copy.request.method, copy.request.url) == (error.request.method, error.request.url)
        assert copy.request.content == error.request.content == b'{"status":"SHIPPED"}'
        assert copy.request.headers["authorization"] == "[redacted]"
        if isinstance(error, simvoly.APIStatusError):
            assert isinstance(copy, simvoly.APIStatusError)
            assert (copy.status_code, copy.body) == (error.status_code, error.body)
            assert copy.response.content == error.response.content
            assert copy.response.request.headers["authorization"] == "[redacted]"


def test_a_member_session_repr_hides_the_access_url() -> None:
    session = MemberSession.from_dict(
        {"token": "tok-SECRET", "accessUrl": "https://s.example/sso?token=tok-SECRET"}
    )
    assert "tok-SECRET" not in repr(session)
    assert session.access_url == "https://s.example/sso?token=tok-SECRET"


# -- inputs checked before sending --------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
async def test_ids_that_would_change_the_path_are_refused(backend: Backend) -> None:
    async with fault_server(OK) as server, client_for(server.base_url, backend) as client:
        for bad in (".", "..", ""):
            with pytest.raises(ValueError, match="id"):
                await client.webhooks.delete(bad)
        for wrong in ("1", True, 1.0):
            with pytest.raises(ValueError, match="id"):
                await client.orders.get(wrong)  # type: ignore[arg-type]  # wrong on purpose
        await client.webhooks.delete("a..b")  # dots inside an id are fine
    assert server.requests == [("DELETE", "/api/site/webhooks/a..b")]


@pytest.mark.parametrize(
    "policy",
    [
        {"deadline": float("nan")},
        {"deadline": float("inf")},
        {"deadline": 0},
        {"jitter": 3},
        {"jitter": -0.1},
        {"initial_backoff": -1},
        {"max_backoff": float("nan")},
        {"max_retry_after": -5},
        {"max_retries": -1},
        {"max_retries": True},
    ],
)
def test_nonsense_retry_policies_are_refused(policy: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=f"RetryPolicy.{next(iter(policy))}"):
        RetryPolicy(**policy)


@pytest.mark.parametrize(
    "timeout",
    [
        float("nan"),
        float("inf"),
        -1.0,
        httpx.Timeout(5.0, connect=float("nan")),
        httpx.Timeout(5.0, read=0),
        httpx.Timeout(5.0, pool=-1.0),
        httpx.Timeout(5.0, write=float("inf")),
    ],
)
def test_nonsense_timeouts_are_refused(timeout: float | httpx.Timeout) -> None:
    with pytest.raises(ValueError, match="timeout"):
        AsyncSimvoly(KEY, base_url="http://127.0.0.1:9/api/site", timeout=timeout)


@pytest.mark.parametrize("blank", [" ", "\t", " \t  "])
def test_blank_header_values_are_refused(blank: str) -> None:
    with pytest.raises(ValueError, match="api_key must not be empty or blank"):
        AsyncSimvoly(blank, base_url="http://127.0.0.1:9/api/site")
    with pytest.raises(ValueError, match="user_agent must not be empty or blank"):
        AsyncSimvoly(KEY, base_url="http://127.0.0.1:9/api/site", user_agent=blank)


@pytest.mark.parametrize(
    ("base_url", "problem"),
    [
        ("https://api .example.com/api/site", "no valid host"),
        ("https://me@api.example.com/api/site", "no valid host"),
        # Were: a bare UnicodeError from the aiohttp transport at the first call.
        ("https://exa..mple.com/api/site", "empty or longer than 63"),
        ("https://.example.com/api/site", "empty or longer than 63"),
        ("https://" + "a" * 64 + ".example.com/api/site", "empty or longer than 63"),
        # Were: a bare ExceptionGroup from httpx's transport at the first call.
        ("http://127.0.0.1:65536/api/site", "port"),
        ("http://127.0.0.1:0/api/site", "port"),
        ("https://api.example.com:https/api/site", "port"),
    ],
)
def test_base_url_mistakes_are_refused_before_sending(base_url: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem) as caught:
        AsyncSimvoly(KEY, base_url=base_url)
    assert str(caught.value).startswith(f"base_url {base_url!r}")


@pytest.mark.parametrize("value", ["nan", "-5", "-inf", "inf"])
@pytest.mark.parametrize("backend", BACKENDS)
async def test_an_unreadable_retry_after_is_absent(
    value: str, backend: Backend, fake_clock: FakeClock
) -> None:
    slow = reply(429, {"success": False, "message": "Slow"}, headers={"Retry-After": value})
    async with fault_server(slow, OK) as server, client_for(server.base_url, backend) as client:
        await client.orders.get(1)
    assert len(server.requests) == 2
    (waited,) = fake_clock.sleeps
    assert 0.375 <= waited <= 0.5  # the policy's first backoff, not "at once"


@pytest.mark.parametrize(
    ("site_url", "fix"),
    [
        ("https//mysite.simvoly.com", "'https://mysite.simvoly.com'"),
        ("https:/mysite.simvoly.com", "'https://mysite.simvoly.com'"),
        ("htps://mysite.simvoly.com", "use https://"),
        ("https://mysite.simvoly.com/api/site", "site_url='https://mysite.simvoly.com'"),
        ("https://mysite.simvoly.com/api/site/", "site_url='https://mysite.simvoly.com'"),
        ("https://my site.simvoly.com", "no valid host"),
        ("https://my..simvoly.com", "empty or longer than 63"),
        ("https://mysite.simvoly.com:70000", "port"),
    ],
)
def test_site_url_mistakes_are_named_with_the_fix(site_url: str, fix: str) -> None:
    with pytest.raises(ValueError, match="site_url") as caught:
        AsyncSimvoly(KEY, site_url=site_url)
    assert str(caught.value).startswith(f"site_url {site_url!r}")
    assert fix in str(caught.value)


# -- pagination ---------------------------------------------------------------------------


def capped_list(records: list[dict[str, Any]], cap: int, total: int | None = None) -> Any:
    """A list endpoint that never answers more than `cap` items, whatever limit is asked."""

    async def behave(exchange: Exchange) -> None:
        query = dict(part.split("=") for part in exchange.path.split("?", 1)[1].split("&"))
        limit, skip = min(int(query["limit"]), cap), int(query["skip"])
        page = {
            "items": records[skip : skip + limit],
            "totalCount": len(records) if total is None else total,
            "limit": limit,
            "skip": skip,
        }
        await reply(200, page)(exchange)

    return behave


@pytest.mark.parametrize("concurrency", [1, 4])
@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_server_capping_pages_below_the_limit_does_not_end_the_walk(
    backend: Backend, concurrency: int
) -> None:
    records = [{"id": i} for i in range(1, 131)]
    async with (
        fault_server(capped_list(records, 30)) as server,
        client_for(server.base_url, backend) as client,
    ):
        walked = [c.id async for c in client.contacts.list(concurrency=concurrency)]
        page = await client.contacts.list()
        pages = [len(p.items) async for p in client.contacts.list().pages()]
    assert walked == list(range(1, 131))
    assert page.has_next_page() is True
    assert sum(pages) == 130
    assert pages[-1] > 0


@pytest.mark.parametrize("backend", BACKENDS)
async def test_the_walk_stops_on_an_empty_page(backend: Backend) -> None:
    records = [{"id": i} for i in range(1, 61)]
    async with (
        fault_server(capped_list(records, 50, total=1000)) as server,
        client_for(server.base_url, backend) as client,
    ):
        walked = [c.id async for c in client.contacts.list(concurrency=3)]
    assert walked == list(range(1, 61))
    assert len(server.requests) < 10


@pytest.mark.parametrize("concurrency", [1, 3])
@pytest.mark.parametrize("backend", BACKENDS)
async def test_no_id_twice_in_a_page_or_across_the_whole_walk(
    backend: Backend, concurrency: int
) -> None:
    records = [{"id": i} for i in range(1, 101)]
    served = 0

    async def behave(exchange: Exchange) -> None:
        nonlocal served
        query = dict(part.split("=") for part in exchange.path.split("?", 1)[1].split("&"))
        limit, skip = int(query["limit"]), int(query["skip"])
        items = records[skip : skip + limit]
        if served == 0:
            items[5] = items[0]  # the same record twice in one page (id 6 is not served)
        if served in (1, 2):
            # Newest first, 25 at a time: shifts far beyond `concurrency + 1` pages of 10.
            records[:0] = [{"id": 10_000 + served * 100 + i} for i in range(25)]
        served += 1
        page = {"items": items, "totalCount": len(records), "limit": limit, "skip": skip}
        await reply(200, page)(exchange)

    async with fault_server(behave) as server, client_for(server.base_url, backend) as client:
        paginator = client.contacts.list(limit=10, concurrency=concurrency)
        walked = [c.id async for c in paginator]
    assert len(walked) == len(set(walked))
    assert set(range(1, 101)) - {6} <= set(walked)  # nothing served was missed either
    assert len(server.requests) < 30


# -- the sandbox --------------------------------------------------------------------------


async def test_webhook_deliveries_ignore_environment_proxies(
    monkeypatch: pytest.MonkeyPatch,
) -> None:

    from simvoly.testing import Sandbox

    async with fault_server(reply(200, {})) as proxy, fault_server(reply(200, {})) as target:
        for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY"):
            monkeypatch.setenv(name, f"http://127.0.0.1:{proxy.port}")
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        sandbox = Sandbox()
        direct = httpx.AsyncClient(trust_env=False)  # the SDK's own calls: not the subject
        async with (
            sandbox.serve() as base_url,
            direct,
            AsyncSimvoly(
                sandbox.api_key, base_url=base_url, user_agent="I11/1", http_client=direct
            ) as client,
        ):
            await client.webhooks.create(
                f"http://127.0.0.1:{target.port}/hook", ["contact_updated"], secret="s"
            )
            await client.contacts.create("jane@example.com")
    assert proxy.requests == []
    assert target.requests == [("POST", "/hook")]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"[" * 100_000, 400),
        (b'{"email": "a@b.c", "name": "' + b"x" * (2 << 20) + b'"}', 413),
    ],
)
async def test_the_sandbox_refuses_deep_and_huge_bodies(body: bytes, status: int) -> None:

    from simvoly.testing import Sandbox

    sandbox = Sandbox()
    async with sandbox.serve() as base_url, httpx.AsyncClient() as http:
        response = await http.post(
            f"{base_url}/contacts",
            content=body,
            headers={"Authorization": f"Bearer {sandbox.api_key}", "User-Agent": "I11/1"},
        )
    assert response.status_code == status
    assert response.json()["success"] is False
    assert "Traceback" not in response.text


def test_serving_on_all_interfaces_with_the_public_key_warns(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from simvoly.testing import _cli

    async def no_serve(*_: object) -> None:
        return None

    monkeypatch.setattr(_cli, "_serve", no_serve)
    # Off loopback (all interfaces, a host name, a LAN address) with the public key.
    for host in ("0.0.0.0", "::", "sandbox.internal", "192.168.1.20"):  # noqa: S104 - the case under test
        assert _cli.main(["serve", "--host", host, "--port", "0"]) == 0
        assert "warning" in capsys.readouterr().err.lower()
    for host in ("127.0.0.1", "::1", "localhost"):
        assert _cli.main(["serve", "--host", host, "--port", "0"]) == 0
        assert capsys.readouterr().err == ""
    assert _cli.main(["serve", "--host", "0.0.0.0", "--api-key", "mine", "--port", "0"]) == 0  # noqa: S104
    assert capsys.readouterr().err == ""

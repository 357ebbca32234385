"""Pagination, on both clients: one page, every item, pages, and the walk's edge cases.

The async client's `AsyncPaginator` (`await` it, `async for`) and the sync client's
`SyncPaginator` (`first_page()`, `for`, pages ahead fetched by threads) follow the same
rules (`simvoly._walk`); every test here runs on both.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

import anyio
import attrs
import httpx
import pytest

import simvoly
from simvoly import AsyncSimvoly, Simvoly

from .conftest import Flavor, Recorder, error_response, json_response, resolve

Paginator = simvoly.AsyncPaginator[Any] | simvoly.SyncPaginator[Any]
AnyPage = simvoly.Page[Any] | simvoly.SyncPage[Any]


@attrs.define
class ContactsServer:
    """A list endpoint over `records`; `between_pages` may change them after each request."""

    records: list[dict[str, Any]]
    between_pages: Callable[[ContactsServer], None] | None = None
    requests: int = 0
    # The sync client's page threads call it at once: one request at a time, as the
    # event loop serves the async client's.
    _lock: threading.Lock = attrs.field(factory=threading.Lock)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests += 1
            limit = int(request.url.params["limit"])
            skip = int(request.url.params["skip"])
            body = {
                "items": self.records[skip : skip + limit],
                "totalCount": len(self.records),
                "limit": limit,
                "skip": skip,
            }
            if self.between_pages:
                self.between_pages(self)
        return json_response(body)


def contacts(count: int, start: int = 1) -> list[dict[str, Any]]:
    return [{"id": i, "email": f"c{i}@example.com"} for i in range(start, start + count)]


async def ids(paginator: Paginator) -> list[int]:
    """Every item's id, walked with `for` (sync) or `async for` (async)."""
    if isinstance(paginator, simvoly.SyncPaginator):
        return [item.id for item in paginator]
    return [item.id async for item in paginator]


async def pages(paginator: Paginator) -> list[AnyPage]:
    """Every page of the walk, from `pages()`."""
    if isinstance(paginator, simvoly.SyncPaginator):
        return list(paginator.pages())
    return [page async for page in paginator.pages()]


def queries(recorder: Recorder) -> list[tuple[int, int]]:
    return [(int(r.url.params["skip"]), int(r.url.params["limit"])) for r in recorder.requests]


def page_class(flavor: Flavor) -> type[AnyPage]:
    return simvoly.SyncPage if flavor.is_sync else simvoly.Page


async def test_first_page_gives_one_page(flavor: Flavor) -> None:
    client, recorder = flavor.make_client(ContactsServer(contacts(120)))
    page = await resolve(client.contacts.list(limit=25, skip=50).first_page())
    assert isinstance(page, page_class(flavor))
    assert [c.id for c in page.items] == list(range(51, 76))
    assert (page.total_count, page.limit, page.skip) == (120, 25, 50)
    assert page.has_next_page()
    following = await resolve(page.next_page())
    assert isinstance(following, page_class(flavor))
    assert following.skip == 75
    assert [c.id for c in following.items] == list(range(76, 101))
    assert queries(recorder) == [(50, 25), (75, 25)]


async def test_await_gives_the_first_page_on_the_async_client() -> None:
    client, recorder = Flavor("async").make_client(ContactsServer(contacts(120)))
    assert isinstance(client, AsyncSimvoly)
    page = await client.contacts.list(limit=25)
    assert [c.id for c in page.items] == list(range(1, 26))
    assert queries(recorder) == [(0, 25)]


async def test_the_last_page_has_no_next_page(flavor: Flavor) -> None:
    client, _ = flavor.make_client(ContactsServer(contacts(10)))
    page = await resolve(client.contacts.list().first_page())
    assert page.limit == 50
    assert not page.has_next_page()
    with pytest.raises(ValueError, match="last page"):
        await resolve(page.next_page())


async def test_empty_list(flavor: Flavor) -> None:
    client, recorder = flavor.make_client(ContactsServer([]))
    assert await ids(client.contacts.list()) == []
    assert queries(recorder) == [(0, 50)]
    assert not (await resolve(client.contacts.list().first_page())).has_next_page()


@pytest.mark.parametrize("count", [1, 49, 50, 51, 100, 149, 150])
@pytest.mark.parametrize("concurrency", [1, 4])
async def test_walk_yields_every_item_once_in_order_without_extra_requests(
    count: int, concurrency: int, flavor: Flavor
) -> None:
    client, recorder = flavor.make_client(ContactsServer(contacts(count)))
    assert await ids(client.contacts.list(concurrency=concurrency)) == list(range(1, count + 1))
    pages = -(-count // 50)
    assert sorted(queries(recorder)) == [(50 * i, 50) for i in range(pages)]


async def test_walk_honours_limit_and_skip(flavor: Flavor) -> None:
    client, recorder = flavor.make_client(ContactsServer(contacts(30)))
    assert await ids(client.contacts.list(limit=7, skip=10)) == list(range(11, 31))
    assert queries(recorder) == [(10, 7), (17, 7), (24, 7)]


async def test_a_short_page_does_not_end_the_walk_an_empty_page_does(flavor: Flavor) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        skip = int(request.url.params["skip"])
        items = {0: contacts(50, 1), 50: contacts(3, 51)}.get(skip, [])
        return json_response({"items": items, "totalCount": 1000, "limit": 50, "skip": skip})

    client, recorder = flavor.make_client(handler)
    assert len(await ids(client.contacts.list())) == 53
    assert queries(recorder) == [(0, 50), (50, 50), (53, 50)]


def capped(
    records: list[dict[str, Any]], cap: Callable[[int], int], broken: int | None = None
) -> ContactsServer:
    """A list endpoint that answers at most `cap(n)` items to its n-th request (from 1),
    and a 500 to a page asked for at offset `broken`."""

    class Capped(ContactsServer):
        def __call__(self, request: httpx.Request) -> httpx.Response:
            with self._lock:
                self.requests += 1
                limit = min(int(request.url.params["limit"]), cap(self.requests))
                skip = int(request.url.params["skip"])
                items = self.records[skip : skip + limit]
            if skip == broken:
                return error_response(500, "this page would never be used")
            return json_response(
                {"items": items, "totalCount": len(self.records), "limit": limit, "skip": skip}
            )

    return Capped(records)


@pytest.mark.parametrize("concurrency", [1, 4])
async def test_pages_ahead_are_dropped_when_the_server_starts_capping_pages(
    concurrency: int, flavor: Flavor
) -> None:
    # Full pages of 50 at first, then at most 30: the pages asked for ahead at offsets
    # 100, 150... would skip items 81-100, 131-150... They are dropped as soon as the
    # short page arrives, unread: the one at 100 fails, and the walk never sees it.
    server = capped(contacts(400), lambda n: 50 if n <= 1 else 30, broken=100)
    client, recorder = flavor.make_client(server, max_retries=0)
    assert await ids(client.contacts.list(concurrency=concurrency)) == list(range(1, 401))
    assert len(recorder.requests) < 30


@pytest.mark.parametrize("concurrency", [1, 4])
async def test_pages_ahead_are_dropped_when_the_server_lifts_its_cap(
    concurrency: int, flavor: Flavor
) -> None:
    # Pages of 30 at first (the walk predicts 30), then of 50: the pages ahead at 60, 90...
    # start inside pages already received, and would yield their items twice.
    server = capped(contacts(400), lambda n: 30 if n <= 1 else 50)
    client, recorder = flavor.make_client(server)
    assert await ids(client.contacts.list(concurrency=concurrency)) == list(range(1, 401))
    assert len(recorder.requests) < 30


async def test_inserts_during_the_walk_never_yield_an_id_twice(flavor: Flavor) -> None:
    def insert_two(server: ContactsServer) -> None:
        newest = max(r["id"] for r in server.records) + 1
        server.records[:0] = contacts(2, start=newest)  # newest first: offsets shift by 2

    server = ContactsServer(contacts(200), between_pages=insert_two)
    client, _ = flavor.make_client(server)
    walked = await ids(client.contacts.list())
    assert len(walked) == len(set(walked))
    assert set(range(1, 201)) <= set(walked)


@pytest.mark.parametrize("concurrency", [2, 4])
async def test_inserts_during_a_concurrent_walk_never_yield_an_id_twice(
    concurrency: int, flavor: Flavor
) -> None:
    def insert_one(server: ContactsServer) -> None:
        server.records.insert(0, {"id": 10_000 + server.requests, "email": "new@example.com"})

    server = ContactsServer(contacts(400), between_pages=insert_one)
    client, _ = flavor.make_client(server)
    walked = await ids(client.contacts.list(concurrency=concurrency))
    assert len(walked) == len(set(walked))
    # The sync client's threads may have a later page served before an insert and an
    # earlier one after it; the totals show it, and the later page is read again.
    assert set(range(1, 401)) <= set(walked)


async def test_deletes_during_the_walk_still_end_it(flavor: Flavor) -> None:
    def delete_three(server: ContactsServer) -> None:
        del server.records[:3]

    server = ContactsServer(contacts(300), between_pages=delete_three)
    client, _ = flavor.make_client(server)
    walked = await ids(client.contacts.list())
    assert len(walked) == len(set(walked))
    assert server.requests < 10


async def test_items_without_ids_are_never_dropped_as_duplicates(flavor: Flavor) -> None:
    submissions = [{"name": "Contact form", "received": 1} for _ in range(120)]

    def handler(request: httpx.Request) -> httpx.Response:
        skip, limit = int(request.url.params["skip"]), int(request.url.params["limit"])
        return json_response(
            {
                "items": submissions[skip : skip + limit],
                "totalCount": 120,
                "limit": limit,
                "skip": skip,
            }
        )

    client, _ = flavor.make_client(handler)
    paginator = client.form_submissions.list(concurrency=3)
    if isinstance(paginator, simvoly.SyncPaginator):
        assert len(list(paginator)) == 120
    else:
        assert len([s async for s in paginator]) == 120


async def test_breaking_early_sends_no_more_requests(flavor: Flavor) -> None:
    client, recorder = flavor.make_client(ContactsServer(contacts(500)))
    paginator = client.contacts.list()
    if isinstance(paginator, simvoly.SyncPaginator):
        for contact in paginator:
            if contact.id == 60:
                break
    else:
        async for contact in paginator:
            if contact.id == 60:
                break
    assert queries(recorder) == [(0, 50), (50, 50)]


def page_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("simvoly-page")]


@pytest.mark.parametrize("stop", ["break", "error"])
def test_a_sync_walk_stopped_early_leaves_no_thread_behind(stop: str) -> None:
    failing = stop == "error"

    def handler(request: httpx.Request) -> httpx.Response:
        skip = int(request.url.params["skip"])
        if failing and skip == 100:
            return error_response(404, "page vanished")
        return json_response(
            {"items": contacts(50, skip + 1), "totalCount": 5000, "limit": 50, "skip": skip}
        )

    client, recorder = Flavor("sync").make_client(handler)
    assert isinstance(client, Simvoly)
    seen: list[int] = []
    with pytest.raises(simvoly.NotFoundError) if failing else contextlib.nullcontext():
        for contact in client.contacts.list(concurrency=4):
            seen.append(contact.id)
            if contact.id == 60 and not failing:
                assert page_threads()  # the pages ahead are being fetched by threads
                break
    assert seen == list(range(1, 101 if failing else 61))
    assert page_threads() == []  # joined when the walk stopped: no request outlives it
    assert len(recorder.requests) <= 6  # the first page, and at most a window ahead


def test_a_sync_walk_fetches_pages_ahead_on_threads_while_items_are_handed_out() -> None:
    seen_threads: set[str] = set()

    def handler(request: httpx.Request) -> httpx.Response:
        seen_threads.add(threading.current_thread().name)
        skip = int(request.url.params["skip"])
        return json_response(
            {"items": contacts(50, skip + 1), "totalCount": 300, "limit": 50, "skip": skip}
        )

    client, _ = Flavor("sync").make_client(handler)
    assert isinstance(client, Simvoly)
    assert [c.id for c in client.contacts.list(concurrency=3)] == list(range(1, 301))
    assert threading.current_thread().name in seen_threads  # the first page
    assert any(name.startswith("simvoly-page") for name in seen_threads)
    assert page_threads() == []


@pytest.mark.parametrize(("max_items", "requests"), [(0, 0), (1, 1), (50, 1), (51, 2), (120, 3)])
@pytest.mark.parametrize("concurrency", [1, 4])
async def test_max_items_stops_early(
    max_items: int, requests: int, concurrency: int, flavor: Flavor
) -> None:
    client, recorder = flavor.make_client(ContactsServer(contacts(500)))
    walked = await ids(client.contacts.list(max_items=max_items, concurrency=concurrency))
    assert walked == list(range(1, max_items + 1))
    assert len(recorder.requests) == requests


async def test_pages_walks_pages(flavor: Flavor) -> None:
    client, _ = flavor.make_client(ContactsServer(contacts(120)))
    walked = await pages(client.contacts.list(limit=50))
    assert [len(page.items) for page in walked] == [50, 50, 20]
    assert all(isinstance(page, page_class(flavor)) for page in walked)


async def test_an_error_in_a_concurrent_batch_raises_that_error(flavor: Flavor) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        skip = int(request.url.params["skip"])
        if skip == 100:
            return error_response(404, "page vanished")
        return json_response(
            {"items": contacts(50, skip + 1), "totalCount": 300, "limit": 50, "skip": skip}
        )

    client, _ = flavor.make_client(handler)
    seen: list[object] = []

    async def walk() -> None:
        paginator = client.contacts.list(concurrency=4)
        if isinstance(paginator, simvoly.SyncPaginator):
            for contact in paginator:
                seen.append(contact.id)  # noqa: PERF401 - what was seen before the error matters
        else:
            async for contact in paginator:
                seen.append(contact.id)  # noqa: PERF401 - as above

    with pytest.raises(simvoly.NotFoundError, match="page vanished"):
        await walk()
    assert seen == list(range(1, 101))  # the pages before the failing one, in order


def test_repr_shows_the_query_not_the_client(flavor: Flavor) -> None:
    client, _ = flavor.make_client(ContactsServer([]))
    text = repr(client.orders.list(limit=10, concurrency=2))
    name = "SyncPaginator" if flavor.is_sync else "AsyncPaginator"
    assert text == f"<{name} list_orders limit=10 skip=0 concurrency=2 max_items=None>"


@pytest.mark.parametrize(
    "kwargs",
    [{"limit": True}, {"limit": 2.5}, {"skip": "0"}, {"concurrency": 1.0}, {"max_items": False}],
)
def test_non_integers_are_refused(kwargs: dict[str, Any], flavor: Flavor) -> None:
    client, recorder = flavor.make_client(ContactsServer([]))
    with pytest.raises(ValueError, match="must be an integer"):
        client.contacts.list(**kwargs)
    assert recorder.requests == []


async def test_pages_stop_fetching_once_max_items_are_in_hand(flavor: Flavor) -> None:
    client, recorder = flavor.make_client(ContactsServer(contacts(500)))
    walked = await pages(client.contacts.list(max_items=120))
    assert [len(page.items) for page in walked] == [50, 50, 50]
    assert len(recorder.requests) == 3


@attrs.define
class NoTotalServer(ContactsServer):
    """A list endpoint whose envelope lacks `totalCount`, as an odd server's might."""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        response = super().__call__(request)
        body = response.json()
        del body["totalCount"]
        return json_response(body)


@pytest.mark.parametrize("concurrency", [1, 3])
async def test_without_a_total_the_walk_goes_on_to_a_short_page(
    concurrency: int, flavor: Flavor
) -> None:
    client, recorder = flavor.make_client(NoTotalServer(contacts(120)))
    assert await ids(client.contacts.list(concurrency=concurrency)) == list(range(1, 121))
    assert sorted(queries(recorder))[:3] == [(0, 50), (50, 50), (100, 50)]
    page = await resolve(client.contacts.list(limit=50).first_page())
    assert page.total_count is None
    assert page.has_next_page()  # a full page: there may be more
    last = await resolve(client.contacts.list(limit=50, skip=100).first_page())
    assert not last.has_next_page()  # a short one: no more


def rising_cap(records: list[dict[str, Any]]) -> Callable[[httpx.Request], httpx.Response]:
    """A server whose own page cap rises after its first answer: 30 items, then 50."""
    served = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal served
        skip, limit = int(request.url.params["skip"]), int(request.url.params["limit"])
        cap = 30 if served == 0 else 50
        served += 1
        items = records[skip : skip + min(limit, cap)]
        return json_response(
            {"items": items, "totalCount": len(records), "limit": limit, "skip": skip}
        )

    return handler


@pytest.mark.parametrize("library", ["asyncio", "trio"])
@pytest.mark.parametrize("concurrency", [1, 3])
def test_a_page_longer_than_the_ones_before_moves_the_walk_on_from_its_end(
    library: str, concurrency: int
) -> None:
    """Pages fetched ahead at the offsets the shorter pages predicted are dropped: the
    walk goes on from where the longer page ended (one task per page under asyncio,
    batches under trio and with one page at a time)."""
    client, _ = Flavor("async").make_client(rising_cap(contacts(200)))
    assert isinstance(client, AsyncSimvoly)

    async def walk() -> list[tuple[int, list[int]]]:
        paginator = client.contacts.list(concurrency=concurrency)
        return [(page.skip, [c.id for c in page.items]) async for page in paginator.pages()]

    pages = anyio.run(walk, backend=library)
    assert [skip for skip, _ in pages] == [0, 30, 80, 130, 180]
    for skip, walked in pages:
        assert walked == list(range(skip + 1, skip + 1 + len(walked)))  # whole, in order
    assert sum(len(walked) for _, walked in pages) == 200


@pytest.mark.parametrize("count", [0, 49, 50, 120])
@pytest.mark.parametrize("concurrency", [1, 3])
async def test_with_no_total_given_the_walk_ends_at_a_short_or_empty_page(
    count: int, concurrency: int, flavor: Flavor
) -> None:
    records = contacts(count)

    def handler(request: httpx.Request) -> httpx.Response:
        skip, limit = int(request.url.params["skip"]), int(request.url.params["limit"])
        return json_response({"items": records[skip : skip + limit], "limit": limit, "skip": skip})

    client, recorder = flavor.make_client(handler)
    paginator = client.contacts.list(concurrency=concurrency)  # the tolerant page reader
    assert await ids(paginator) == list(range(1, count + 1))
    if concurrency == 1:  # a full page asks for the next; a short or empty one ends it
        assert queries(recorder) == [(50 * i, 50) for i in range(count // 50 + 1)]
    first = await resolve(paginator.first_page())
    assert first.total_count is None
    assert first.has_next_page() is (count >= 50)

"""Offset pagination over the `{items, totalCount, limit, skip}` envelope.

`client.contacts.list(...)` returns an `AsyncPaginator` without sending anything:

- `await paginator` fetches one `Page`;
- `async for item in paginator` walks every item across pages;
- `paginator.pages()` walks pages.

A walk uses the largest page (50) unless the caller set `limit`, and goes by the items
received and `totalCount`: a server that answers fewer items than asked (its own cap)
does not end it early; it stops at `totalCount` without an extra empty request, or at
an empty page (or, with no total given, a page shorter than asked). It fetches up to
`concurrency` pages at a time while yielding items in order. Pages are fetched in
batches inside one task group, so no request is left running when the caller stops
early (structured concurrency, asyncio and trio alike).

Offset pages shift when records are inserted during a walk: an item already yielded can
come back on a later page, however many were inserted. A walk remembers every id it
yielded (a set: about 70 bytes per item walked, 7 MB for 100,000 items) and never yields
an id twice, within a page or across the whole walk. Deletions shift pages the other way
and can hide an item from a walk; only a fresh walk sees a consistent snapshot.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Callable, Generator
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import anyio
import attrs
import sniffio

if TYPE_CHECKING:
    import asyncio

    from ._client import AsyncSimvoly

__all__ = ["MAX_LIMIT", "AsyncPaginator", "Page"]

T = TypeVar("T")

MAX_LIMIT = 50


class _PageModel(Protocol[T]):
    """What the generated `*Page` models have in common."""

    @property
    def items(self) -> list[T]: ...
    @property
    def total_count(self) -> int: ...


@attrs.frozen
class Page(Generic[T]):
    """One page of a list.

    Attributes:
        items: The items of this page, in the API's order.
        total_count: How many items match the query across all pages (as of this page).
        limit: The page size asked for.
        skip: The offset of this page.
    """

    items: list[T]
    total_count: int
    limit: int
    skip: int
    _paginator: AsyncPaginator[T] = attrs.field(repr=False, eq=False, alias="paginator")

    def has_next_page(self) -> bool:
        """Whether items remain after this page (as `async for` decides it)."""
        return not _is_last(self)

    async def next_page(self) -> Page[T]:
        """Fetch the page after this one; check `has_next_page()` first."""
        if not self.has_next_page():
            raise ValueError("this is the last page; check has_next_page() before next_page()")
        return await self._paginator.fetch_page(self.skip + len(self.items), self.limit)


class AsyncPaginator(Generic[T]):
    """A paginated list: `await` it for one page, `async for` over it for every item."""

    def __init__(
        self,
        client: AsyncSimvoly,
        operation_id: str,
        request: dict[str, Any],
        parse: Callable[[Any], _PageModel[T]],
        *,
        limit: int | None,
        skip: int,
        concurrency: int,
        max_items: int | None,
    ) -> None:
        # Checked here, before anything is sent, so bad input never reaches the API.
        if limit is not None and not (_is_int(limit) and 1 <= limit <= MAX_LIMIT):
            raise ValueError(f"limit must be an integer from 1 to {MAX_LIMIT}, got {limit!r}")
        if not (_is_int(skip) and skip >= 0):
            raise ValueError(f"skip must be an integer >= 0, got {skip!r}")
        if not (_is_int(concurrency) and concurrency >= 1):
            raise ValueError(f"concurrency must be an integer >= 1, got {concurrency!r}")
        if max_items is not None and not (_is_int(max_items) and max_items >= 0):
            raise ValueError(f"max_items must be an integer >= 0 or None, got {max_items!r}")
        self._client = client
        self._operation_id = operation_id
        self._request = request
        self._parse = parse
        self._limit = MAX_LIMIT if limit is None else limit
        self._skip = skip
        self._concurrency = concurrency
        self._max_items = max_items

    def __repr__(self) -> str:
        return (
            f"<AsyncPaginator {self._operation_id} limit={self._limit} skip={self._skip} "
            f"concurrency={self._concurrency} max_items={self._max_items}>"
        )

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self.fetch_page(self._skip, self._limit).__await__()

    async def fetch_page(self, skip: int, limit: int) -> Page[T]:
        """Fetch the page at `skip` with `limit` items."""
        request = {
            **self._request,
            "params": {**self._request.get("params", {}), "limit": limit, "skip": skip},
        }
        model = await self._client._request(self._operation_id, request, self._parse)
        return Page(
            items=model.items, total_count=model.total_count, limit=limit, skip=skip, paginator=self
        )

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    async def _items(self) -> AsyncIterator[T]:
        remaining = self._max_items
        if remaining == 0:
            return
        async for page in self.pages():
            for item in page.items:
                yield item
                if remaining is not None:
                    remaining -= 1
                    if remaining == 0:
                        return

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Walk the pages, up to `concurrency` in flight, in order, duplicates removed."""
        limit, wanted = self._limit, self._max_items
        seen: set[object] = set()  # every id yielded: ~70 bytes per item walked
        page = await self.fetch_page(self._skip, limit)
        yielded = 0
        window: _Window[T] | None = None
        try:
            while True:
                fresh = _fresh(page.items, seen)
                yielded += len(fresh)
                yield page if len(fresh) == len(page.items) else attrs.evolve(page, items=fresh)
                if _is_last(page) or (wanted is not None and yielded >= wanted):
                    return
                end = page.skip + len(page.items)
                if window is None:
                    # Offsets ahead are predicted by the page size the server answers,
                    # which may be below the limit asked (a server's own cap).
                    window = _Window(self, end, limit, len(page.items), self._concurrency)
                elif len(page.items) < window.step:
                    await window.restart(end, len(page.items))  # pages ahead start too far
                budget = None if wanted is None else -(-(wanted - yielded) // len(page.items))
                following = await window.next(budget, page.total_count)
                if following.skip != end:
                    # A page came back longer than the ones before: the pages fetched
                    # ahead start at the wrong offset. Go on from where this one ended.
                    await window.restart(end, len(page.items))
                    following = await window.next(budget, page.total_count)
                page = following
        finally:
            if window is not None:
                await window.close()


def _is_last(page: Page[Any]) -> bool:
    """Whether no items follow `page`: it is empty, reaches `totalCount`, or, with no
    total known, is shorter than the limit asked."""
    if not page.items:
        return True
    if page.total_count is None:
        return len(page.items) < page.limit
    return page.skip + len(page.items) >= page.total_count


def _fresh(items: list[T], seen: set[object]) -> list[T]:
    """The items whose id was not yielded before (within the page too); records them."""
    fresh = []
    for item in items:
        key = _id(item)
        if key is _NO_ID:
            fresh.append(item)  # items without an id (form submissions) are never dropped
        elif key not in seen:
            seen.add(key)
            fresh.append(item)
    return fresh


class _Window(Generic[T]):
    """The pages after the first, fetched up to `size` at a time and handed out in order.

    Under asyncio each page is a task, and a new one starts as soon as one is handed out
    (a sliding window): parsing a page overlaps the other pages' network time. Elsewhere
    (trio) pages are fetched in batches inside a task group, so that no request outlives
    the call that started it. `close()` cancels whatever is still in flight.
    """

    def __init__(
        self, paginator: AsyncPaginator[T], skip: int, limit: int, step: int, size: int
    ) -> None:
        self._paginator, self._limit, self._size = paginator, limit, size
        self._next_skip, self.step = skip, step
        self._total: int | None = None
        self._tasks: deque[asyncio.Task[Page[T]]] = deque()
        self._ready: deque[Page[T]] = deque()
        self._asyncio = size > 1 and sniffio.current_async_library() == "asyncio"

    def _offsets(self, count: int) -> list[int]:
        """Claim the offsets of up to `count` more pages (none past a known total)."""
        offsets: list[int] = []
        while len(offsets) < count and (self._total is None or self._next_skip < self._total):
            offsets.append(self._next_skip)
            self._next_skip += self.step
        return offsets

    async def next(self, budget: int | None, total: int | None) -> Page[T]:
        """The next page in order; `budget` (>= 1) caps the pages in flight.

        Asked only when items remain after the last page handed out (its end is below
        `total`), so the page at its end is in flight, fetched, or free to claim: there
        is always a next page.
        """
        self._total = total  # records added meanwhile extend the walk
        room = self._size if budget is None else min(self._size, budget)
        if self._asyncio:
            import asyncio  # loaded already under asyncio; not at `import simvoly`

            for skip in self._offsets(room - len(self._tasks)):
                fetch = self._paginator.fetch_page(skip, self._limit)
                self._tasks.append(asyncio.ensure_future(fetch))
            return await self._tasks.popleft()
        if not self._ready:
            self._ready.extend(await self._batch(self._offsets(room)))
        return self._ready.popleft()

    async def restart(self, skip: int, step: int) -> None:
        """Drop the pages fetched ahead, and go on from `skip` by `step` items a page."""
        await self.close()
        self._ready.clear()
        self._next_skip, self.step = skip, step

    async def _batch(self, offsets: list[int]) -> list[Page[T]]:
        if len(offsets) <= 1:
            return [await self._paginator.fetch_page(skip, self._limit) for skip in offsets]
        pages: list[Page[T] | None] = [None] * len(offsets)
        errors: list[Exception | None] = [None] * len(offsets)

        async def fetch(index: int) -> None:
            try:
                pages[index] = await self._paginator.fetch_page(offsets[index], self._limit)
            except Exception as error:  # noqa: BLE001 - re-raised below, unwrapped
                errors[index] = error
                group.cancel_scope.cancel()  # the batch is lost; stop the other requests

        async with anyio.create_task_group() as group:
            for index in range(len(offsets)):
                group.start_soon(fetch, index)
        # The caller sees the page's own exception (NotFoundError, ...), not a group.
        for error in errors:
            if error is not None:
                raise error
        return [page for page in pages if page is not None]

    async def close(self) -> None:
        if not self._tasks:
            return
        import asyncio  # only tasks of asyncio get here

        for task in self._tasks:
            task.cancel()
        # Wait for the cancellations, and retrieve errors nobody will look at now.
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


_NO_ID = object()


def _id(item: object) -> object:
    value = getattr(item, "id", _NO_ID)
    # Items without an id (form submissions) are never taken for duplicates.
    return value if isinstance(value, int | str) else _NO_ID

"""Offset pagination over the `{items, totalCount, limit, skip}` envelope.

`client.contacts.list(...)` returns an `AsyncPaginator` without sending anything:

- `await paginator` fetches one `Page`;
- `async for item in paginator` walks every item across pages;
- `paginator.pages()` walks pages.

A walk uses the largest page (50) unless the caller set `limit`, stops at `totalCount`
without an extra empty request, and fetches up to `concurrency` pages at a time while
yielding items in order. Pages are fetched in batches inside one task group, so no
request is left running when the caller stops early (structured concurrency, asyncio and
trio alike), and memory is bounded by the batch in flight.

Offset pages shift when records are inserted during a walk: an item already yielded can
come back on the next page. Items with an `id` seen in the previous batch are skipped, so
no id is yielded twice. Deletions shift pages the other way and can hide an item from a
walk; only a fresh walk sees a consistent snapshot.
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
    """What the generated page parsers return (`simvoly._tolerance.PageData`)."""

    @property
    def items(self) -> list[T]: ...
    @property
    def total_count(self) -> int | None: ...


@attrs.frozen
class Page(Generic[T]):
    """One page of a list.

    Attributes:
        items: The items of this page, in the API's order.
        total_count: How many items match the query across all pages (as of this page);
            None when the answer did not say (a walk then goes on to a short page).
        limit: The page size asked for.
        skip: The offset of this page.
    """

    items: list[T]
    total_count: int | None
    limit: int
    skip: int
    _paginator: AsyncPaginator[T] = attrs.field(repr=False, eq=False, alias="paginator")

    def has_next_page(self) -> bool:
        """Whether items remain after this page."""
        if self.total_count is None:  # unknown: a full page may have a next one
            return len(self.items) >= self.limit
        return bool(self.items) and self.skip + len(self.items) < self.total_count

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
        parse: Callable[[Any, bool], _PageModel[T]],
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
        first = await self.fetch_page(self._skip, limit)
        yield first
        if not first.items or len(first.items) < limit:
            return
        # Ids of the pages just yielded: offsets shift by the records inserted meanwhile,
        # and a shifted item can only come back within the next few pages.
        recent: deque[set[object]] = deque([_ids(first.items)], maxlen=self._concurrency + 1)
        fetched = len(first.items)
        window = _Window(
            self, self._skip + len(first.items), limit, first.total_count, self._concurrency
        )
        try:
            while wanted is None or fetched < wanted:
                budget = None if wanted is None else -(-(wanted - fetched) // limit)
                page = await window.next(budget)
                if page is None:
                    return
                fresh = [item for item in page.items if not any(_id(item) in ids for ids in recent)]
                recent.append(_ids(page.items))
                fetched += len(fresh)
                yield page if len(fresh) == len(page.items) else attrs.evolve(page, items=fresh)
                if not page.items or len(page.items) < limit:
                    return
        finally:
            await window.close()


class _Window(Generic[T]):
    """The pages after the first, fetched up to `size` at a time and handed out in order.

    Under asyncio each page is a task, and a new one starts as soon as one is handed out
    (a sliding window): parsing a page overlaps the other pages' network time. Elsewhere
    (trio) pages are fetched in batches inside a task group, so that no request outlives
    the call that started it. `close()` cancels whatever is still in flight.
    """

    def __init__(
        self, paginator: AsyncPaginator[T], skip: int, limit: int, total: int | None, size: int
    ) -> None:
        self._paginator, self._limit, self._size = paginator, limit, size
        self._next_skip, self._total = skip, total
        self._tasks: deque[asyncio.Task[Page[T]]] = deque()
        self._ready: deque[Page[T]] = deque()
        self._asyncio = size > 1 and sniffio.current_async_library() == "asyncio"

    def _offsets(self, count: int) -> list[int]:
        """Claim the offsets of up to `count` more pages (fewer past the total, if known)."""
        offsets: list[int] = []
        while len(offsets) < count and (self._total is None or self._next_skip < self._total):
            offsets.append(self._next_skip)
            self._next_skip += self._limit
        return offsets

    async def next(self, budget: int | None) -> Page[T] | None:
        """The next page in order, or None past the end; `budget` caps pages in flight."""
        room = self._size if budget is None else min(self._size, budget)
        if self._asyncio:
            import asyncio  # loaded already under asyncio; not at `import simvoly`

            for skip in self._offsets(room - len(self._tasks)):
                fetch = self._paginator.fetch_page(skip, self._limit)
                self._tasks.append(asyncio.ensure_future(fetch))
            if not self._tasks:
                return None
            page = await self._tasks.popleft()
        else:
            if not self._ready:
                self._ready.extend(await self._batch(self._offsets(room)))
            if not self._ready:
                return None
            page = self._ready.popleft()
        self._total = page.total_count  # records added meanwhile extend the walk
        return page

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


def _ids(items: list[Any]) -> set[object]:
    ids = {_id(item) for item in items}
    ids.discard(_NO_ID)
    return ids

"""Offset pagination, sync: `SyncPaginator` and `SyncPage`.

`client.contacts.list(...)` on the sync client returns a `SyncPaginator` without sending
anything: `paginator.first_page()` fetches one `SyncPage`, `for item in paginator` walks
every item, `paginator.pages()` walks pages. The rules of the walk are the async
paginator's (`simvoly._walk`); with `concurrency` > 1 the pages ahead are fetched by
that many threads of a pool that lives as long as the walk (the client's connection pool
is thread-safe). Stopping early waits for the pages in flight and drops them.
`checkpoint()` and `resume=` work as on the async paginator, and their checkpoints are
the same: one taken on either client resumes on the other.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import TYPE_CHECKING, Generic, TypeVar, cast

import attrs

from ._call import RAW, RawResponse
from ._paging import BasePaginator
from ._walk import (
    Locator,
    Walk,
    is_last,
)

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

    from ._sync_client import Simvoly
    from ._tolerance import PageData

__all__ = ["SyncPage", "SyncPaginator"]

T = TypeVar("T")


@attrs.frozen
class SyncPage(Generic[T]):
    """One page of a list (sync client).

    Attributes:
        items: The items of this page, in the API's order.
        total_count: How many items match the query across all pages (as of this page).
        limit: The page size asked for.
        skip: The offset of this page.
    """

    items: list[T]
    total_count: int | None
    limit: int
    skip: int
    _paginator: SyncPaginator[T] = attrs.field(repr=False, eq=False, alias="paginator")

    def has_next_page(self) -> bool:
        """Whether items remain after this page (as `for` decides it)."""
        return not is_last(self)

    def next_page(self) -> SyncPage[T]:
        """Fetch the page after this one; check `has_next_page()` first."""
        if not self.has_next_page():
            raise ValueError("this is the last page; check has_next_page() before next_page()")
        return self._paginator.fetch_page(self.skip + len(self.items), self.limit)


class SyncPaginator(BasePaginator[T, SyncPage[T]]):
    """A paginated list: `first_page()` for one page, `for` over it for every item.

    `checkpoint()` and `list(..., resume=...)` resume a walk where it stopped, as on
    `AsyncPaginator` (whose docstring says how, and within which limits).
    """

    _client: Simvoly

    def first_page(self) -> SyncPage[T]:
        """The page at `skip`, or after the place `resume` stopped at (one request, more
        to find that place)."""
        start, _ = self._start()
        return self.fetch_page(start, self._limit)

    def first_page_raw(self) -> RawResponse[SyncPage[T]]:
        """The raw answer of the first page (`with_raw_response.list(...)`)."""
        start, _ = self._start()
        token = RAW.set(True)
        try:
            answer = self._client._send(self._page_call(start, self._limit), self._options)
        finally:
            RAW.reset(token)
        return self._raw_page(cast("RawResponse[PageData[T]]", answer), start)  # RAW was set

    def _start(self) -> tuple[int, int | None]:
        """Where the walk starts, and the total as last seen (see AsyncPaginator)."""
        resume = self._resume
        if resume is None:
            return self._skip, None
        if not resume.last:  # nothing was handed out: nothing can have moved past
            return resume.position, None
        locator = Locator(resume, self._limit)
        offset = locator.next_offset()
        while offset is not None:
            locator.feed(self.fetch_page(offset, self._limit))
            offset = locator.next_offset()
        return locator.start(), locator.total

    def _new_walk(self) -> Walk[T]:
        return self._walk_from(*self._start())

    def fetch_page(self, skip: int, limit: int) -> SyncPage[T]:
        """Fetch the page at `skip` with `limit` items."""
        model = self._client._send(self._page_call(skip, limit), self._options)
        return self._page(model, skip, limit)

    def _page(self, model: PageData[T], skip: int, limit: int) -> SyncPage[T]:
        return SyncPage(
            items=model.items, total_count=model.total_count, limit=limit, skip=skip, paginator=self
        )

    def __iter__(self) -> Iterator[T]:
        if self._max_items == 0:
            return
        remaining = self._max_items
        walk = self._new_walk()
        for page in self._walk_pages(walk):
            walk.taken = 0  # counted as they are handed out, for checkpoint()
            for item in page.items:
                walk.taken += 1
                yield item
                if remaining is not None:
                    remaining -= 1
                    if remaining == 0:
                        return

    def pages(self) -> Iterator[SyncPage[T]]:
        """Walk the pages, up to `concurrency` ahead, in order, duplicates removed."""
        return self._walk_pages(None)

    def _walk_pages(self, walk: Walk[T] | None) -> Iterator[SyncPage[T]]:
        if walk is None:
            walk = self._new_walk()
        ahead = _Ahead(self, self._concurrency)
        page = self.fetch_page(walk.expected, self._limit)
        try:
            while True:
                if walk.in_order(page):
                    fresh, done, shorter = walk.accept(page)
                    yield page if len(fresh) == len(page.items) else attrs.evolve(page, items=fresh)
                    if done:
                        return
                    if shorter:
                        ahead.drop()
                        walk.restart()
                else:  # a page ahead starts too early: the pages got longer
                    ahead.drop()
                    walk.restart()
                ahead.add(walk.claim(len(ahead)))  # never empty after this: see Walk.claim
                page = ahead.next()
        finally:
            ahead.close()


class _Ahead(Generic[T]):
    """The pages fetched ahead of the walk, in order: by a thread pool when `concurrency`
    > 1 (each offset's future), else one at a time when needed."""

    def __init__(self, paginator: SyncPaginator[T], concurrency: int) -> None:
        self._paginator = paginator
        self._pool: ThreadPoolExecutor | None = None
        if concurrency > 1:
            from concurrent.futures import ThreadPoolExecutor  # not at `import simvoly`

            self._pool = ThreadPoolExecutor(concurrency, thread_name_prefix="simvoly-page")
        self._pending: deque[int] = deque()
        self._futures: dict[int, Future[SyncPage[T]]] = {}

    def __len__(self) -> int:
        return len(self._pending)

    def add(self, offsets: list[int]) -> None:
        paginator = self._paginator
        self._pending.extend(offsets)
        if self._pool is not None:
            for skip in offsets:
                self._futures[skip] = self._pool.submit(
                    paginator.fetch_page, skip, paginator._limit
                )

    def next(self) -> SyncPage[T]:
        skip = self._pending.popleft()
        future = self._futures.pop(skip, None)
        if future is None:
            return self._paginator.fetch_page(skip, self._paginator._limit)
        return future.result()

    def drop(self) -> None:
        """Forget the pages ahead; those in flight finish in the background, unread."""
        for future in self._futures.values():
            future.cancel()  # not started yet: never sent
        self._futures.clear()
        self._pending.clear()

    def close(self) -> None:
        """Drop the pages ahead and wait for the threads (no request outlives the walk)."""
        self.drop()
        if self._pool is not None:
            self._pool.shutdown(wait=True)

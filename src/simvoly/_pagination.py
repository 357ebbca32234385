"""Offset pagination, async: `AsyncPaginator` and `Page`.

`client.contacts.list(...)` returns an `AsyncPaginator` without sending anything:

- `await paginator` (or `await paginator.first_page()`) fetches one `Page`;
- `async for item in paginator` walks every item across pages;
- `paginator.pages()` walks pages.

A walk uses the largest page the operation allows (openapi.yaml: the limit parameter's
maximum) unless the caller set `limit`, and fetches up to `concurrency` pages ahead while
yielding items in order. Under asyncio each page ahead is a task, and a new one starts as
soon as one is handed out (a sliding window), so parsing a page overlaps the others'
network time; elsewhere (trio) pages ahead are fetched in batches inside a task group.
No request outlives the walk: stopping early cancels the pages ahead. The rules of the
walk (when it ends, duplicates, a server's own page cap) are `simvoly._walk`'s, shared
with the sync paginator.

A walk can be resumed: `paginator.checkpoint()` is the place after the last item handed
out (a small JSON-able dict), and `list(..., resume=checkpoint)` walks on from there,
re-reading around the place to correct for records added or deleted meanwhile. What
that corrects and what it cannot: `simvoly._walk` ("Checkpoints"), and the pagination
guide (docs/guides/pagination.md).
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Generator
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import anyio
import attrs
import sniffio

from ._call import RAW, RawResponse
from ._paging import BasePaginator
from ._walk import Locator, Walk, is_last

if TYPE_CHECKING:
    import asyncio

    from ._client import AsyncSimvoly
    from ._tolerance import PageData

__all__ = ["AsyncPaginator", "Page"]

T = TypeVar("T")


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
    total_count: int | None
    limit: int
    skip: int
    _paginator: AsyncPaginator[T] = attrs.field(repr=False, eq=False, alias="paginator")

    def has_next_page(self) -> bool:
        """Whether items remain after this page (as `async for` decides it)."""
        return not is_last(self)

    async def next_page(self) -> Page[T]:
        """Fetch the page after this one; check `has_next_page()` first."""
        if not self.has_next_page():
            raise ValueError("this is the last page; check has_next_page() before next_page()")
        return await self._paginator.fetch_page(self.skip + len(self.items), self.limit)


class AsyncPaginator(BasePaginator[T, Page[T]]):
    """A paginated list: `await` it for one page, `async for` over it for every item.

    `checkpoint()` gives the place after the last item handed out; `resume=` it on the
    same list (same filters) to walk on from there, on either client. Items handed out
    count as done: take the checkpoint after processing them. Records added or deleted
    meanwhile are corrected for by re-reading around the place (no item yielded twice,
    none skipped that existed when the walk began), within limits: the pagination
    guide, "Resumable walks". A `created_at_max` filter set to the walk's start keeps records added
    later out of the walk, and their shift out of its offsets.
    """

    _client: AsyncSimvoly

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self.first_page().__await__()

    async def first_page(self) -> Page[T]:
        """The page at `skip`, or after the place `resume` stopped at (one request, more
        to find that place)."""
        start, _ = await self._start()
        return await self.fetch_page(start, self._limit)

    async def first_page_raw(self) -> RawResponse[Page[T]]:
        """The raw answer of the first page (`with_raw_response.list(...)`)."""
        start, _ = await self._start()
        token = RAW.set(True)
        try:
            answer = await self._client._send(self._page_call(start, self._limit), self._options)
        finally:
            RAW.reset(token)
        return self._raw_page(cast("RawResponse[PageData[T]]", answer), start)  # RAW was set

    async def _start(self) -> tuple[int, int | None]:
        """Where the walk starts, and the total as last seen: at `skip`; or, resuming,
        right after the last remembered item found in the list as it is now."""
        resume = self._resume
        if resume is None:
            return self._skip, None
        if not resume.last:  # nothing was handed out: nothing can have moved past
            return resume.position, None
        locator = Locator(resume, self._limit)
        offset = locator.next_offset()
        while offset is not None:
            locator.feed(await self.fetch_page(offset, self._limit))
            offset = locator.next_offset()
        return locator.start(), locator.total

    async def _new_walk(self) -> Walk[T]:
        return self._walk_from(*await self._start())

    async def fetch_page(self, skip: int, limit: int) -> Page[T]:
        """Fetch the page at `skip` with `limit` items."""
        model = await self._client._send(self._page_call(skip, limit), self._options)
        return self._page(model, skip, limit)

    def _page(self, model: PageData[T], skip: int, limit: int) -> Page[T]:
        return Page(
            items=model.items, total_count=model.total_count, limit=limit, skip=skip, paginator=self
        )

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    async def _items(self) -> AsyncIterator[T]:
        if self._max_items == 0:
            return
        remaining = self._max_items
        walk = await self._new_walk()
        async for page in self._walk_pages(walk):
            walk.taken = 0  # counted as they are handed out, for checkpoint()
            for item in page.items:
                walk.taken += 1
                yield item
                if remaining is not None:
                    remaining -= 1
                    if remaining == 0:
                        return

    def pages(self) -> AsyncIterator[Page[T]]:
        """Walk the pages, up to `concurrency` ahead, in order, duplicates removed."""
        return self._walk_pages(None)

    async def _walk_pages(self, walk: Walk[T] | None) -> AsyncIterator[Page[T]]:
        if walk is None:
            walk = await self._new_walk()
        ahead = _Ahead(self, self._concurrency)
        page = await self.fetch_page(walk.expected, self._limit)
        try:
            while True:
                if walk.in_order(page):
                    fresh, done, shorter = walk.accept(page)
                    yield page if len(fresh) == len(page.items) else attrs.evolve(page, items=fresh)
                    if done:
                        return
                    if shorter:
                        await ahead.drop()
                        walk.restart()
                else:  # a page ahead starts too early: the pages got longer
                    await ahead.drop()
                    walk.restart()
                ahead.add(walk.claim(len(ahead)))  # never empty after this: see Walk.claim
                page = await ahead.next()
        finally:
            await ahead.drop()


class _Ahead(Generic[T]):
    """The pages fetched ahead of the walk, handed out in the order they were added.

    Under asyncio (and `concurrency` > 1) each is a task; otherwise the offsets wait, and
    are fetched when needed: one at a time, or all waiting at once in a task group (trio).
    """

    def __init__(self, paginator: AsyncPaginator[T], concurrency: int) -> None:
        self._paginator = paginator
        self._tasks = concurrency > 1 and sniffio.current_async_library() == "asyncio"
        self._pending: deque[asyncio.Task[Page[T]] | int] = deque()
        self._fetched: dict[int, Page[T]] = {}

    def __len__(self) -> int:
        return len(self._pending)

    def add(self, offsets: list[int]) -> None:
        paginator = self._paginator
        for skip in offsets:
            if self._tasks:
                import asyncio  # loaded already under asyncio; not at `import simvoly`

                fetch = paginator.fetch_page(skip, paginator._limit)
                self._pending.append(asyncio.ensure_future(fetch))
            else:
                self._pending.append(skip)

    async def next(self) -> Page[T]:
        head = self._pending.popleft()
        if not isinstance(head, int):
            return await head
        if head not in self._fetched:
            waiting = [head, *(skip for skip in self._pending if isinstance(skip, int))]
            self._fetched.update(await self._batch(waiting))
        return self._fetched.pop(head)

    async def _batch(self, offsets: list[int]) -> dict[int, Page[T]]:
        paginator, limit = self._paginator, self._paginator._limit
        if len(offsets) == 1:
            return {offsets[0]: await paginator.fetch_page(offsets[0], limit)}
        pages: dict[int, Page[T]] = {}
        errors: list[Exception] = []

        async def fetch(skip: int) -> None:
            try:
                pages[skip] = await paginator.fetch_page(skip, limit)
            except Exception as error:  # noqa: BLE001 - re-raised below, unwrapped
                errors.append(error)
                group.cancel_scope.cancel()  # the batch is lost; stop the other requests

        async with anyio.create_task_group() as group:
            for skip in offsets:
                group.start_soon(fetch, skip)
        if errors:  # the caller sees the page's own exception (NotFoundError...), not a group
            raise errors[0]
        return pages

    async def drop(self) -> None:
        """Forget the pages ahead; cancel those in flight."""
        tasks = [task for task in self._pending if not isinstance(task, int)]
        self._pending.clear()
        self._fetched.clear()
        if not tasks:
            return
        import asyncio  # only tasks of asyncio get here

        for task in tasks:
            task.cancel()
        # Wait for the cancellations, and retrieve errors nobody will look at now.
        await asyncio.gather(*tasks, return_exceptions=True)

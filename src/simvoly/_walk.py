"""The rules of a walk over offset pages, without I/O: shared by both paginators.

A walk goes by the items received and the total: a server that answers fewer items than
asked (its own cap) does not end it early. It ends at the total, at an empty page, or,
with no total given, at a page shorter than asked; or when `max_items` items are out.

Pages ahead are fetched at predicted offsets: each page is predicted as long as the last
one. A page shorter than predicted means the pages already asked for start too far (the
server caps pages lower than it did), and a page that does not start where the last one
ended means they start too early: either way the walk goes on from where the last page
ended, and the pages fetched ahead are dropped (`restart`).

Offset pages shift when records are inserted during a walk: an item already yielded can
come back on a later page, however many were inserted. A walk remembers every id it
yielded (a set: about 70 bytes per item walked, 7 MB for 100,000 items) and never yields
an id twice, within a page or across the whole walk. Deletions shift pages the other way
and can hide an item from a walk; only a fresh walk sees a consistent snapshot.
"""

from __future__ import annotations

from typing import Any, Generic, Protocol, TypeVar

import attrs

from ._call import Call, RequestOptions
from ._checks import checked_query

__all__ = ["PageLike", "Walk", "check_walk_arguments", "is_last", "with_extra_query"]

T = TypeVar("T")


class PageLike(Protocol[T]):
    """What the rules read of a page."""

    @property
    def items(self) -> list[T]: ...
    @property
    def total_count(self) -> int | None: ...
    @property
    def limit(self) -> int: ...
    @property
    def skip(self) -> int: ...


def check_walk_arguments(
    limit: int | None, skip: int, concurrency: int, max_items: int | None, max_limit: int
) -> None:
    """Refuse a bad paging argument, before anything is sent."""
    if limit is not None and not (_is_int(limit) and 1 <= limit <= max_limit):
        raise ValueError(f"limit must be an integer from 1 to {max_limit}, got {limit!r}")
    if not (_is_int(skip) and skip >= 0):
        raise ValueError(f"skip must be an integer >= 0, got {skip!r}")
    if not (_is_int(concurrency) and concurrency >= 1):
        raise ValueError(f"concurrency must be an integer >= 1, got {concurrency!r}")
    if max_items is not None and not (_is_int(max_items) and max_items >= 0):
        raise ValueError(f"max_items must be an integer >= 0 or None, got {max_items!r}")


def with_extra_query(
    call: Call[T], options: RequestOptions | None, paging: tuple[str, str]
) -> tuple[Call[T], RequestOptions | None]:
    """A list's call with its `extra_query` checked and added (every page sends it), and
    its options without it. The `paging` parameters are each page's own."""
    if options is None or not options.extra_query:
        return call, options
    query = checked_query(options.extra_query, reserved=paging)
    return call.with_params(query), attrs.evolve(options, extra_query=None)


def is_last(page: PageLike[Any]) -> bool:
    """Whether no items follow `page`: it is empty, reaches `totalCount`, or, with no
    total known, is shorter than the limit asked."""
    if not page.items:
        return True
    if page.total_count is None:
        return len(page.items) < page.limit
    return page.skip + len(page.items) >= page.total_count


class Walk(Generic[T]):
    """One walk's state: where the next page must start, what was yielded, what to fetch."""

    def __init__(self, skip: int, limit: int, concurrency: int, max_items: int | None) -> None:
        self.limit = limit
        self.expected = skip  # where the next page in order must start
        self._next_skip = skip  # the next offset to fetch ahead
        self._step = limit  # how many items a page is predicted to hold
        self._total: int | None = None
        self._concurrency = concurrency
        self._wanted = max_items
        self._yielded = 0
        self._seen: set[object] = set()  # every id yielded: ~70 bytes per item walked

    def accept(self, page: PageLike[T]) -> tuple[list[T], bool, bool]:
        """Take the next page in order: (its items not yielded before, whether the walk
        is over, whether the pages fetched ahead must be dropped)."""
        fresh = self._fresh(page.items)
        self._yielded += len(fresh)
        done = is_last(page) or (self._wanted is not None and self._yielded >= self._wanted)
        shorter = len(page.items) < self._step
        self.expected = page.skip + len(page.items)
        self._total = page.total_count  # records added meanwhile extend the walk
        self._step = max(len(page.items), 1)  # the next pages are predicted this long
        return fresh, done, shorter

    def in_order(self, page: PageLike[Any]) -> bool:
        """Whether `page` starts where the last one ended (else drop the pages ahead)."""
        return page.skip == self.expected

    def restart(self) -> None:
        """Drop the predictions: fetch ahead from where the last page ended."""
        self._next_skip = self.expected

    def claim(self, in_flight: int) -> list[int]:
        """The offsets of the pages to fetch now, with `in_flight` pages fetched already.

        After a page that is not the last, with nothing in flight, there is always one:
        the page where the last one ended is short of the total (or no total is known),
        and items are still wanted.
        """
        room = self._concurrency
        if self._wanted is not None:  # no more pages than the items still wanted need
            room = min(room, -(-(self._wanted - self._yielded) // self._step))
        offsets: list[int] = []
        if self._next_skip < self.expected:
            self._next_skip = self.expected
        while in_flight + len(offsets) < room and (
            self._total is None or self._next_skip < self._total
        ):
            offsets.append(self._next_skip)
            self._next_skip += self._step
        return offsets

    def _fresh(self, items: list[T]) -> list[T]:
        """The items whose id was not yielded before (within the page too); records them."""
        seen = self._seen
        fresh = []
        for item in items:
            key = _id(item)
            if key is _NO_ID:
                fresh.append(item)  # items without an id (form submissions) are never dropped
            elif key not in seen:
                seen.add(key)
                fresh.append(item)
        return fresh


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


_NO_ID = object()


def _id(item: object) -> object:
    value = getattr(item, "id", _NO_ID)
    # Items without an id (form submissions) are never taken for duplicates.
    return value if isinstance(value, int | str) else _NO_ID

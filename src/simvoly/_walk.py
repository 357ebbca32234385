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

Pages fetched ahead can be answered out of order: a page asked for before the page
before it was received may have been answered first, before an insert that pushed a
record from it into the page before (which then ends one record later): that record would
be on neither. The totals show it: such a page, answered before the insert, has a
smaller total than the page before it. A page asked for ahead whose total is smaller than
the last page's is read again (now after the page before it), and the pages ahead with
it. A page answered in order (its total the same or larger) is taken: an insert between
them only repeats records, which are dropped; so is a page asked for after the page
before it was received. Without totals this cannot be seen, nor when as many records
were deleted as added in between; a walk with `concurrency=1` never fetches ahead.

Checkpoints (`paginator.checkpoint()`, `list(..., resume=checkpoint)`)
-----------------------------------------------------------------------
A checkpoint is the place after the last item handed out, as a small JSON-able dict
whose size does not grow with the walk (`Checkpoint.to_dict()`):

- `operation` and `query`: the list's operationId and a digest of its path and query
  (filters and `extra_query`; not the page size): a checkpoint resumes only the same list
  with the same filters (else `CheckpointError`, before anything is sent);
- `position`: the offset after that item, as of the page it came on; `total`: that
  page's `totalCount` (-1 when the server gave none);
- `last`: the ids of the last `ANCHORS` (20) items handed out, oldest first (for items
  without an id, form submissions, a digest of their content).

By the time a walk resumes, records may have been added or deleted before the position,
shifting it. Resuming re-reads the list around the position and looks for the
remembered items (`Locator`): it reads the page where they were first, and, if they are
not there, the pages around, nearest first, over the span the shift can have reached by
the totals (the change in `totalCount` plus a page on each side). The walk goes on right
after the last remembered item it finds, and never yields one of those ids again. So:
records added before the position (a list newest first) are not yielded, none that
existed when the walk began is skipped, none is yielded twice; deleting some of the
remembered items does no harm while one of them is left.

What it cannot correct: if every remembered item was deleted, or the place moved further
than the totals show (as many records deleted before the position as added after it,
more than a page's worth), resuming raises `CheckpointError` rather than guess. Records
moving within the list (an order by name, say, and a renamed record) can be skipped or
repeated, as in any offset walk; items without an id are found by content, so identical
ones around the position are told apart by their place alone. Resuming costs the page
reads of the search: one page when nothing moved before the position.

A date filter narrows all of this: walking with `created_at_max` set to the time the walk
began keeps records created afterwards out of the list, so inserts shift nothing, before
or after a checkpoint; only deletions remain, and the remembered items correct those.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections import deque
from collections.abc import Mapping, Sequence
from typing import Any, Final, Generic, Protocol, TypeVar

import attrs

from ._call import Call, RequestOptions
from ._checks import checked_count, checked_query, is_int

__all__ = [
    "ANCHORS",
    "Checkpoint",
    "CheckpointError",
    "Locator",
    "PageLike",
    "Walk",
    "check_walk_arguments",
    "current_checkpoint",
    "is_last",
    "query_digest",
    "read_resume",
    "with_extra_query",
]

T = TypeVar("T")

#: How many of the last items handed out a checkpoint remembers, to find its place again.
ANCHORS: Final = 20
#: The `format` of a checkpoint: a checkpoint of another format is refused.
FORMAT: Final = "simvoly.walk/1"

#: An item's key in a checkpoint: its id, or a digest of its content.
Key = int | str


class CheckpointError(ValueError):
    """A `resume=` checkpoint that does not belong to this list, or whose place in the
    list cannot be found any more (see the pagination guide, "Resumable walks")."""


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
    if limit is not None and not (is_int(limit) and 1 <= limit <= max_limit):
        raise ValueError(f"limit must be an integer from 1 to {max_limit}, got {limit!r}")
    checked_count("skip", skip, minimum=0)
    checked_count("concurrency", concurrency, minimum=1)
    if max_items is not None and not (is_int(max_items) and max_items >= 0):
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


# -- checkpoints --------------------------------------------------------------------------


def query_digest(call: Call[Any], paging: tuple[str, str]) -> str:
    """A digest of what a list's walk selects: its path and query, not its paging."""
    query = sorted((name, value) for name, value in call.params.items() if name not in paging)
    text = json.dumps([call.path, query], default=str, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@attrs.frozen
class Checkpoint:
    """Where a walk stopped (see the module docstring); `to_dict()` is what users keep."""

    operation: str
    query: str
    position: int
    total: int  # -1: not known
    last: tuple[Key, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "operation": self.operation,
            "query": self.query,
            "position": self.position,
            "total": self.total,
            "last": list(self.last),
        }

    @classmethod
    def read(cls, value: object, operation: str, query: str) -> Checkpoint:
        """The checkpoint `value` (a `to_dict()`), checked to belong to this list."""
        if not isinstance(value, Mapping) or value.get("format") != FORMAT:
            raise CheckpointError(
                "resume must be a value of paginator.checkpoint() (a dict whose format is "
                f"{FORMAT!r}), got {type(value).__name__}"
                + (f" of format {value.get('format')!r}" if isinstance(value, Mapping) else "")
            )
        if value.get("operation") != operation:
            raise CheckpointError(
                f"this checkpoint is of a walk of {value.get('operation')!r}, not of "
                f"{operation!r}: resume the list it was taken from"
            )
        if value.get("query") != query:
            raise CheckpointError(
                f"this checkpoint is of a walk of {operation!r} with other filters: resume "
                "it with the same filters and extra_query as the walk it was taken from"
            )
        position, total, last = value.get("position"), value.get("total"), value.get("last")
        if not (
            is_int(position)
            and position >= 0
            and is_int(total)
            and total >= -1
            and isinstance(last, list)
            and len(last) <= ANCHORS
            and all(is_int(key) or isinstance(key, str) for key in last)
        ):
            raise CheckpointError(
                "this checkpoint is damaged: position, total or last is missing or not "
                "what paginator.checkpoint() writes"
            )
        return cls(operation, query, position, total, tuple(last))


def read_resume(resume: object, skip: int, operation: str, query: str) -> Checkpoint | None:
    """A list's `resume` argument, checked (None: a walk from `skip`)."""
    if resume is None:
        return None
    if skip:
        raise CheckpointError("pass skip or resume, not both: a checkpoint says where to start")
    return Checkpoint.read(resume, operation, query)


def current_checkpoint(
    walk: Walk[Any] | None, resume: Checkpoint | None, operation: str, query: str, skip: int
) -> dict[str, Any]:
    """`paginator.checkpoint()`: the place of its latest walk; before any, where one
    would start (the checkpoint it resumes, or `skip`)."""
    if walk is not None:
        return walk.checkpoint(operation, query).to_dict()
    if resume is not None:
        return resume.to_dict()
    return Checkpoint(operation, query, skip, -1, ()).to_dict()


class Locator:
    """Finds where a checkpointed walk stopped, in the list as it is now.

    Ask `next_offset()` for a page to read, `feed()` it the page, until `next_offset()`
    is None; `start()` is then the offset the walk goes on from. The search (see the
    module docstring): the page where the remembered items were, then the pages around,
    nearest first, over the span the change in the total allows, a page more each side;
    once one is found, the items after it that the others may occupy.
    """

    def __init__(self, checkpoint: Checkpoint, limit: int) -> None:
        self._checkpoint = checkpoint
        self._limit = limit
        self._rank = {key: rank for rank, key in enumerate(checkpoint.last)}
        self._origin = max(0, checkpoint.position - len(checkpoint.last))
        self._keys: dict[int, Key] = {}  # the items read, by offset
        self._asked: set[int] = set()  # the offsets of the pages read
        self._plan: deque[int] | None = None  # the offsets to search, once the total is known
        self._first_found: int | None = None
        self.total: int | None = None  # as of the last page read

    def next_offset(self) -> int | None:
        """The offset of the next page to read, or None when the search is over."""
        if self._plan is None:
            return self._ask(self._origin)
        total = self.total
        if self._first_found is not None:
            # The later remembered items lie within the next len(last) items, unless
            # records were added among them.
            end = self._first_found + len(self._rank)
            if total is not None:
                end = min(end, total)
            for offset in range(self._first_found, end):
                if offset not in self._keys and offset not in self._asked:
                    return self._ask(offset)
            return None
        while self._plan:
            offset = self._plan.popleft()
            if offset not in self._asked and (total is None or offset < total):
                return self._ask(offset)
        return None

    def _ask(self, offset: int) -> int:
        self._asked.add(offset)
        return offset

    def feed(self, page: PageLike[Any]) -> None:
        """Take a page read at `next_offset()`."""
        for index, item in enumerate(page.items):
            key = key_of(item)
            self._keys[page.skip + index] = key
            if self._first_found is None and key in self._rank:
                self._first_found = page.skip + index
        self.total = page.total_count
        if self._plan is None:
            self._plan = self._search_plan()

    def _search_plan(self) -> deque[int]:
        """The offsets of the pages around the first one, nearest first, over the span
        the remembered items can have moved to by the change in the total."""
        then, now = self._checkpoint.total, self.total
        change = 0 if then < 0 or now is None else now - then
        origin, limit = self._origin, self._limit
        low = origin + min(0, change) - limit
        high = origin + len(self._rank) + max(0, change) + limit
        ahead = list(range(origin + limit, high, limit))
        behind = []
        offset = origin
        while offset > 0 and offset > low:  # the page before `offset` may hold them
            offset = max(0, offset - limit)
            behind.append(offset)
        pairs = itertools.zip_longest(ahead, behind)
        return deque(offset for pair in pairs for offset in pair if offset is not None)

    def start(self) -> int:
        """The offset after the last remembered item found; raises when none was."""
        found = [
            (self._rank[key], offset) for offset, key in self._keys.items() if key in self._rank
        ]
        if found:
            # The most recent item handed out; of equal ones (content digests of items
            # without an id), the one nearest its place at the checkpoint.
            origin = self._origin
            _, offset = max(found, key=lambda pair: (pair[0], -abs(pair[1] - origin - pair[0])))
            return offset + 1
        if self.total == 0:
            return 0  # every record is gone: nothing is left to walk, nor to skip
        checkpoint = self._checkpoint
        raise CheckpointError(
            f"cannot resume the walk of {checkpoint.operation!r}: none of the last "
            f"{len(self._rank)} items it handed out is near its place (offset "
            f"{checkpoint.position}; {checkpoint.total} items then, {self.total} now). They "
            "were deleted, or more records were added and deleted before that place than "
            "the totals show. Walk again from the start (a created_at_max filter set to "
            "the walk's start keeps added records from moving it)."
        )


class Walk(Generic[T]):
    """One walk's state: where the next page must start, what was yielded, what to fetch,
    and where a checkpoint taken now would resume."""

    def __init__(
        self,
        skip: int,
        limit: int,
        concurrency: int,
        max_items: int | None,
        *,
        total: int | None = None,
        last: Sequence[Key] = (),
    ) -> None:
        self.expected = skip  # where the next page in order must start
        self._next_skip = skip  # the next offset to fetch ahead
        self._step = limit  # how many items a page is predicted to hold
        self._total = total
        self._concurrency = concurrency
        self._wanted = max_items
        self._yielded = 0
        self._seen: set[object] = set(last)  # every id yielded: ~70 bytes per item walked
        # Where a checkpoint is: the page being handed out, and how many of its (fresh)
        # items are out; before it, the offset after the last page and the last keys.
        self._position = skip
        self._recent: deque[Key] = deque(last, maxlen=ANCHORS)
        self._page: PageLike[T] | None = None
        self._page_fresh: list[T] = []
        self._page_kept: list[int] | None = None  # the fresh items' indexes, when not all
        self.taken = 0  # set by the paginator as it hands out the page's items
        self._accepted = 0  # pages taken so far
        # For each page claimed and not yet received, in order: how many pages had been
        # taken when it was asked for (fewer than now: it was asked for ahead).
        self._claimed_after: deque[int] = deque()

    def accept(self, page: PageLike[T]) -> tuple[list[T], bool, bool]:
        """Take the next page in order: (its items not yielded before, whether the walk
        is over, whether the pages fetched ahead must be dropped). All its fresh items
        count as handed out until the paginator sets `taken`."""
        self._settle()
        self._accepted += 1
        fresh, kept = self._fresh(page.items)
        self._page, self._page_fresh, self._page_kept = page, fresh, kept
        self.taken = len(fresh)
        self._yielded += len(fresh)
        done = is_last(page) or (self._wanted is not None and self._yielded >= self._wanted)
        shorter = len(page.items) < self._step
        self.expected = page.skip + len(page.items)
        self._total = page.total_count  # records added meanwhile extend the walk
        self._step = max(len(page.items), 1)  # the next pages are predicted this long
        return fresh, done, shorter

    def in_order(self, page: PageLike[Any]) -> bool:
        """Whether `page` (the next one received, in the order they were claimed) starts
        where the last one ended and, if it was asked for ahead, shows no fewer records
        than the last one (see the module's docstring); else it and the pages ahead are
        dropped, and fetched again from where the last one ended."""
        claimed_after = self._claimed_after.popleft() if self._claimed_after else None
        if page.skip != self.expected:
            return False
        if claimed_after is None or claimed_after >= self._accepted:
            return True  # asked for after the last page was received
        total, before = page.total_count, self._total
        return total is None or before is None or total >= before

    def restart(self) -> None:
        """Drop the predictions: fetch ahead from where the last page ended."""
        self._next_skip = self.expected
        self._claimed_after.clear()

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
            self._claimed_after.append(self._accepted)
            self._next_skip += self._step
        return offsets

    def checkpoint(self, operation: str, query: str) -> Checkpoint:
        """The place after the last item handed out."""
        last = [*self._recent, *self._taken_keys()][-ANCHORS:]
        total = -1 if self._total is None else self._total
        return Checkpoint(operation, query, self._page_position(), total, tuple(last))

    def _page_position(self) -> int:
        """The offset after the last item handed out."""
        page = self._page
        if page is None:
            return self._position
        taken = self.taken
        if taken == len(self._page_fresh):  # the duplicates left out at its end too
            return page.skip + len(page.items)
        if taken == 0:
            return page.skip
        kept = self._page_kept
        return page.skip + (taken if kept is None else kept[taken - 1] + 1)

    def _settle(self) -> None:
        """Fold the page handed out into the position and the last keys."""
        if self._page is not None:
            self._position = self._page_position()
            self._recent.extend(self._taken_keys())

    def _taken_keys(self) -> list[Key]:
        """The keys of the last `ANCHORS` items handed out of the page (fewer: all)."""
        taken = self._page_fresh[: self.taken]
        return [key_of(item) for item in taken[-ANCHORS:]]

    def _fresh(self, items: list[T]) -> tuple[list[T], list[int] | None]:
        """The items whose id was not yielded before (within the page too), recorded, and
        their indexes when some were left out."""
        seen = self._seen
        fresh = []
        kept: list[int] | None = None
        for index, item in enumerate(items):
            key = _id(item)
            if key is None or key not in seen:
                if key is not None:  # items without an id (form submissions) are never dropped
                    seen.add(key)
                fresh.append(item)
                if kept is not None:
                    kept.append(index)
            elif kept is None:
                kept = list(range(index))
        return fresh, kept


def _id(item: object) -> Key | None:
    """An item's id; None for an item without one (a form submission), which is never
    taken for a duplicate."""
    value = getattr(item, "id", None)
    return value if isinstance(value, int | str) else None


def key_of(item: object) -> Key:
    """An item's key in a checkpoint: its id, or for an item without one, a digest of its
    content (its JSON, as `to_dict()` gives it)."""
    key = _id(item)
    if key is not None:
        return key
    to_dict = getattr(item, "to_dict", None)
    content = to_dict() if callable(to_dict) else item
    text = json.dumps(content, sort_keys=True, default=repr, separators=(",", ":"))
    return "~" + hashlib.blake2b(text.encode(), digest_size=8).hexdigest()

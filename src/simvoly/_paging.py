"""What `AsyncPaginator` and `SyncPaginator` share: their arguments and checks, the call of
each page, checkpoints, and how a page's raw answer is read. Each adds its own I/O (awaited
or called) around the rules of `simvoly._walk`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._call import Call, RawResponse, RequestOptions

if TYPE_CHECKING:
    # What the generated page parsers return: a page's items and its total, if given.
    from ._tolerance import PageData

from ._walk import (
    Checkpoint,
    Walk,
    check_walk_arguments,
    current_checkpoint,
    query_digest,
    read_resume,
    with_extra_query,
)

__all__ = ["BasePaginator"]

T = TypeVar("T")
#: The page class the paginator hands out (`Page` or `SyncPage`).
PageT = TypeVar("PageT")


class BasePaginator(Generic[T, PageT]):
    """A paginated list's settings and rules (the two paginators add the I/O, and say
    which client `_client` is)."""

    def __init__(
        self,
        client: Any,
        call: Call[PageData[T]],
        options: RequestOptions | None,
        *,
        limit: int | None,
        skip: int,
        concurrency: int,
        max_items: int | None,
        resume: Mapping[str, Any] | None = None,
    ) -> None:
        pagination = call.operation.pagination
        if pagination is None:  # pragma: no cover - the template paginates these only
            raise TypeError(f"{call.operation.id} is not a paginated operation")
        check_walk_arguments(limit, skip, concurrency, max_items, pagination.max_limit)
        self._names = (pagination.limit, pagination.offset)
        self._client = client
        self._call, self._options = with_extra_query(call, options, self._names)
        self._limit = pagination.max_limit if limit is None else limit
        self._skip = skip
        self._concurrency = concurrency
        self._max_items = max_items
        self._query = query_digest(self._call, self._names)
        self._resume: Checkpoint | None = read_resume(resume, skip, call.operation.id, self._query)
        self._walk: Walk[T] | None = None  # the last walk started

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} {self._call.operation.id} limit={self._limit} "
            f"skip={self._skip} concurrency={self._concurrency} max_items={self._max_items}>"
        )

    def checkpoint(self) -> dict[str, Any]:
        """The place after the last item the latest walk of this paginator handed out
        (before any walk: where one would start), for `list(..., resume=...)`.

        A dict of str, int and lists, whatever the walk's length: store it as JSON.
        """
        operation = self._call.operation.id
        return current_checkpoint(self._walk, self._resume, operation, self._query, self._skip)

    def _walk_from(self, start: int, total: int | None) -> Walk[T]:
        """A new walk from `start` (the total as last seen, when resuming)."""
        last = () if self._resume is None else self._resume.last
        walk: Walk[T] = Walk(
            start, self._limit, self._concurrency, self._max_items, total=total, last=last
        )
        self._walk = walk
        return walk

    def _page_call(self, skip: int, limit: int) -> Call[PageData[T]]:
        names = self._names
        return self._call.with_params({names[0]: limit, names[1]: skip})

    def _page(self, model: PageData[T], skip: int, limit: int) -> PageT:
        raise NotImplementedError  # each paginator makes its own page class

    def _raw_page(self, raw: RawResponse[PageData[T]], start: int) -> RawResponse[PageT]:
        """The raw answer of a page, whose `parse()` gives the paginator's page."""
        return RawResponse(
            raw.http_response,
            raw.retries_taken,
            parse=lambda: self._page(raw.parse(), start, self._limit),
        )

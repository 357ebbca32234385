"""What the generated resource classes stand on: base classes, per-call options, raw
answers, and argument checks.

The resource classes themselves (`client.contacts`, ...) are generated from openapi.yaml
into `simvoly._generated.api.<tag>.resource`, async and sync from one template; each
method checks and converts its arguments with the helpers below, builds a `Call` with the
generated `build_request`, and hands it to the client, which sends it, retries it and
maps errors.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Coroutine, Mapping, Sequence
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import httpx

from ._call import RAW, Call, RawResponse, RequestOptions
from ._pagination import AsyncPaginator, Page
from ._sync_pagination import SyncPage, SyncPaginator

if TYPE_CHECKING:
    from ._client import AsyncSimvoly
    from ._sync_client import Simvoly

__all__ = [
    "AsyncAPIResource",
    "AsyncPaginator",
    "SyncAPIResource",
    "SyncPaginator",
    "async_raw",
    "async_raw_pages",
    "check_path_param",
    "check_required",
    "coerce_enum",
    "coerce_enum_list",
    "request_options",
    "sync_raw",
    "sync_raw_pages",
    "to_timestamp",
]

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)
P = ParamSpec("P")


class AsyncAPIResource:
    """The base of every async resource namespace: a thin handle on the client."""

    def __init__(self, client: AsyncSimvoly) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    # Not async: it hands back the client's coroutine, so a call is one coroutine frame
    # fewer (each frame is resumed at every await inside httpx).
    def _send(self, call: Call[T], options: RequestOptions | None) -> Coroutine[Any, Any, T]:
        return self._client._send(call, options)


class SyncAPIResource:
    """The base of every sync resource namespace: a thin handle on the client."""

    def __init__(self, client: Simvoly) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def _send(self, call: Call[T], options: RequestOptions | None) -> T:
        return self._client._send(call, options)


def request_options(
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, str | int | bool] | None = None,
) -> RequestOptions | None:
    """A call's own options, or None (the common case: the client's options as they are)."""
    if timeout is None and max_retries is None and not extra_headers and not extra_query:
        return None
    return RequestOptions(timeout, max_retries, extra_headers, extra_query)


# -- with_raw_response ------------------------------------------------------------------


def async_raw(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """`method`, answering the `RawResponse` of its call instead of the result."""

    @functools.wraps(method)
    async def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = RAW.set(True)
        try:
            return await method(*args, **kwargs)  # type: ignore[return-value] # RAW is set
        finally:
            RAW.reset(token)

    return raw


def async_raw_pages(
    method: Callable[P, AsyncPaginator[T]],
) -> Callable[P, Awaitable[RawResponse[Page[T]]]]:
    """A list `method`, answering the `RawResponse` of its first page."""

    @functools.wraps(method)
    async def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[Page[T]]:
        return await method(*args, **kwargs).first_page_raw()

    return raw


def sync_raw(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """`method`, answering the `RawResponse` of its call instead of the result."""

    @functools.wraps(method)
    def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = RAW.set(True)
        try:
            return method(*args, **kwargs)  # type: ignore[return-value] # RAW is set
        finally:
            RAW.reset(token)

    return raw


def sync_raw_pages(
    method: Callable[P, SyncPaginator[T]],
) -> Callable[P, RawResponse[SyncPage[T]]]:
    """A list `method`, answering the `RawResponse` of its first page."""

    @functools.wraps(method)
    def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[SyncPage[T]]:
        return method(*args, **kwargs).first_page_raw()

    return raw


# -- argument checks ----------------------------------------------------------------------


def check_required(name: str, value: T | None) -> T:
    """Refuse a required argument that is None, a blank string or an empty list."""
    if value is None:
        raise ValueError(f"{name} is required")
    if isinstance(value, str) and not value.strip():
        raise ValueError(f"{name} must not be empty")
    if isinstance(value, list | tuple) and not value:
        raise ValueError(f"{name} must not be empty")
    return value


def check_path_param(name: str, value: T, kind: type[T]) -> T:
    """Refuse a path parameter of the wrong type, or one that would change the path.

    An integer id must be an int (not "12", not True); a string id must not be empty or
    "." or "..": percent-encoding keeps "/" inside one segment, but a whole segment of
    dots is a dot segment, which URL normalization collapses (`webhooks.delete("..")`
    would send `DELETE /api/site`).
    """
    if kind is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise ValueError(f"{name} must be an integer id, got {value!r}")
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name} must be a non-empty string id, got {value!r}")
    if value in (".", ".."):
        raise ValueError(f"{name} must not be {value!r}: it would change the request's path")
    return value


@functools.cache
def _members_by_folded_value(enum: type[StrEnum]) -> dict[str, Any]:
    return {member.value.casefold(): member for member in enum}


def coerce_enum(name: str, value: E | str, enum: type[E]) -> E:
    """The member of `enum` that `value` names, matched case-insensitively.

    Order status, say, is returned lowercase but accepted uppercase: "shipped" and
    "SHIPPED" both give `OrderStatusUpdate.SHIPPED`. Values the spec does not list are
    refused before sending.
    """
    if isinstance(value, str):
        member: E | None = _members_by_folded_value(enum).get(value.casefold())
        if member is not None:
            return member
    allowed = ", ".join(repr(member.value) for member in enum)
    raise ValueError(f"{name} must be one of {allowed}; got {value!r}")


def coerce_enum_list(name: str, values: Sequence[E | str], enum: type[E]) -> list[E]:
    """`coerce_enum` for each value of a list (a lone string is refused, not split)."""
    if isinstance(values, str) or not isinstance(values, Sequence):
        raise ValueError(f"{name} must be a list of values, got {values!r}")
    return [coerce_enum(f"{name}[{index}]", value, enum) for index, value in enumerate(values)]


def to_timestamp(name: str, value: int | datetime) -> int:
    """Seconds since the Unix epoch, from an int or a timezone-aware datetime."""
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(
                f"{name} is a naive datetime; pass an aware one (e.g. datetime.now(UTC)) "
                "or seconds since the Unix epoch"
            )
        return int(value.timestamp())
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    raise ValueError(
        f"{name} must be seconds since the Unix epoch (an int >= 0) or an aware datetime, "
        f"got {value!r}"
    )

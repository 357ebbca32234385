"""What the generated resource classes stand on: their base class and argument checks.

The resource classes themselves (`client.contacts`, ...) are generated from openapi.yaml
into `simvoly._generated.api.<tag>`; each method checks and converts its arguments with
the helpers below, builds the request with the generated `build_request`, and hands it
to the client, which sends it, retries it and maps errors.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Coroutine, Sequence
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar, overload

from ._generated.query_aliases import QUERY_ALIASES
from ._pagination import AsyncPaginator, _PageModel

if TYPE_CHECKING:
    from ._client import AsyncSimvoly

__all__ = [
    "APIResource",
    "AsyncPaginator",
    "check_required",
    "coerce_enum",
    "coerce_enum_list",
    "to_timestamp",
]

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)


class APIResource:
    """The base of every resource namespace: a thin handle on the client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSimvoly) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    # Not async: it hands back the client's coroutine, so a call is one coroutine frame
    # fewer (each frame is resumed at every await inside httpx).
    @overload
    def _request(
        self, operation_id: str, request: dict[str, Any], parse: Callable[[Any, bool], T]
    ) -> Coroutine[Any, Any, T]: ...
    @overload
    def _request(
        self, operation_id: str, request: dict[str, Any], parse: None
    ) -> Coroutine[Any, Any, None]: ...
    def _request(
        self, operation_id: str, request: dict[str, Any], parse: Callable[[Any, bool], T] | None
    ) -> Coroutine[Any, Any, T | None]:
        return self._client._request(operation_id, _aliased(operation_id, request), parse)

    def _paginate(
        self,
        operation_id: str,
        request: dict[str, Any],
        parse: Callable[[Any, bool], _PageModel[T]],
        *,
        limit: int | None,
        skip: int,
        concurrency: int,
        max_items: int | None,
    ) -> AsyncPaginator[T]:
        return AsyncPaginator(
            self._client,
            operation_id,
            _aliased(operation_id, request),
            parse,
            limit=limit,
            skip=skip,
            concurrency=concurrency,
            max_items=max_items,
        )


def _aliased(operation_id: str, request: dict[str, Any]) -> dict[str, Any]:
    """`request` with each query parameter also under the other names openapi.yaml gives it
    (`x-also-sent-as`): the sources disagree on the member filter's name, and a server
    ignores a filter whose name it does not know, silently."""
    aliases = QUERY_ALIASES.get(operation_id)
    if aliases is None:
        return request
    params = dict(request.get("params") or {})
    for name, others in aliases.items():
        if name in params:
            for other in others:
                params[other] = params[name]
    return {**request, "params": params}


def check_required(name: str, value: T | None) -> T:
    """Refuse a required argument that is None, a blank string or an empty list."""
    if value is None:
        raise ValueError(f"{name} is required")
    if isinstance(value, str) and not value.strip():
        raise ValueError(f"{name} must not be empty")
    if isinstance(value, list | tuple) and not value:
        raise ValueError(f"{name} must not be empty")
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

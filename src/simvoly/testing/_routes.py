"""Routing: each operation of openapi.yaml as (method, path template) -> handler.

`Router.match()` never raises: it tells the app which operation a request is for (the
fault rules and the request log use it) and keeps the 404/405 error for later, so that
authentication is checked first, as a real server does. Query parameters are parsed by
`Query`, whose 400 messages name the parameter.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Final
from urllib.parse import unquote

import attrs

from ._errors import ApiError, bad_request
from ._store import Record, Store, require

__all__ = ["Call", "Handler", "Match", "Query", "Route", "Router", "between", "getter", "page"]

_INTEGER: Final = re.compile(r"-?[0-9]+")
#: Integers are 64-bit, as on the real API (ids and timestamps are int64).
INT64: Final = range(-(2**63), 2**63)
DEFAULT_LIMIT: Final = 30
MAX_LIMIT: Final = 50


@attrs.frozen
class Query:
    """The query string of a request (the first value of each name)."""

    values: Mapping[str, str]

    def text(self, name: str, *, required: bool = False) -> str | None:
        value = self.values.get(name)
        if required and not value:
            raise bad_request(f"the query parameter {name} is required")
        return value

    def integer(
        self, name: str, default: int, *, minimum: int | None = None, maximum: int | None = None
    ) -> int:
        """The integer `name`, or `default` when it is absent; a 400 when out of range."""
        value = self.maybe_integer(name)
        if value is None:
            return default
        if minimum is not None and value < minimum:
            raise bad_request(_range_message(name, minimum, maximum))
        if maximum is not None and value > maximum:
            raise bad_request(_range_message(name, minimum, maximum))
        return value

    def maybe_integer(self, name: str) -> int | None:
        """The integer `name`, or None when it is absent; a 400 when it is not a number."""
        raw = self.values.get(name)
        if raw is None:
            return None
        if not _INTEGER.fullmatch(raw) or int(raw) not in INT64:
            raise bad_request(f"{name} must be a 64-bit integer")
        return int(raw)

    def flag(self, name: str) -> bool:
        raw = self.values.get(name)
        if raw is None:
            return False
        if raw.lower() not in ("true", "false"):
            raise bad_request(f"{name} must be true or false")
        return raw.lower() == "true"


@attrs.frozen
class Call:
    """What a handler gets: the state, and the request's parameters and checked body."""

    store: Store
    params: Mapping[str, Any]
    query: Query
    body: Record


Handler = Callable[[Call], Any]


@attrs.frozen
class Route:
    """One operation: `body` names its input schema (in `_schema.INPUTS`), if it takes one."""

    method: str
    path: str
    operation: str
    handler: Handler
    body: str | None = None
    string_id: bool = False  # webhook ids are strings (rh_...); every other id is an integer

    def params(self, raw: Mapping[str, str]) -> dict[str, Any]:
        """The path parameters, converted (a 400 for an id that is not an integer)."""
        if self.string_id:
            return dict(raw)
        params: dict[str, Any] = {}
        for name, value in raw.items():
            if not _INTEGER.fullmatch(value) or int(value) not in INT64:
                raise bad_request(f"{name} must be a 64-bit integer")
            params[name] = int(value)
        return params


@attrs.frozen
class Match:
    """What a request path and method resolve to: a route, or the error to answer."""

    route: Route | None
    raw_params: dict[str, str] = attrs.field(factory=dict)
    error: ApiError | None = None

    @property
    def operation(self) -> str | None:
        return self.route.operation if self.route is not None else None


class Router:
    """Finds the route of a path; literal segments win over `{id}` (`search-by-email`)."""

    def __init__(self, routes: Iterable[Route]) -> None:
        templates: dict[tuple[str, ...], dict[str, Route]] = {}
        for route in routes:
            key = tuple(route.path.strip("/").split("/"))
            templates.setdefault(key, {})[route.method] = route
        # Fewest parameters first, so that a literal segment is preferred.
        self._templates = sorted(
            templates.items(), key=lambda item: sum(_is_param(part) for part in item[0])
        )

    @property
    def routes(self) -> list[Route]:
        return [route for _, methods in self._templates for route in methods.values()]

    def match(self, method: str, path: str) -> Match:
        """Resolve `path` (under the API root, still percent-encoded) for `method`."""
        segments = [unquote(part) for part in path.removeprefix("/").split("/")]
        for template, methods in self._templates:
            params = _bind(template, segments)
            if params is None:
                continue
            route = methods.get(method)
            if route is None:
                allowed = ", ".join(sorted(methods))
                error = ApiError(
                    405,
                    f"{method} is not allowed here; use {allowed}",
                    headers=(("Allow", allowed),),
                )
                return Match(None, error=error)
            return Match(route, params)
        return Match(None, error=ApiError(404, f"no such endpoint: {method} {path}"))


def _range_message(name: str, minimum: int | None, maximum: int | None) -> str:
    if maximum is None:
        return f"{name} must be at least {minimum}"
    return f"{name} must be between {minimum} and {maximum}"


def _is_param(segment: str) -> bool:
    return segment.startswith("{")


def _bind(template: Sequence[str], segments: Sequence[str]) -> dict[str, str] | None:
    if len(template) != len(segments):
        return None
    params: dict[str, str] = {}
    for part, segment in zip(template, segments, strict=True):
        if _is_param(part):
            if not segment:
                return None
            params[part.strip("{}")] = segment
        elif part != segment:
            return None
    return params


def getter(collection: str, what: str) -> Handler:
    """A handler answering the record of `collection` (a `Store` attribute) with the id."""

    def handler(call: Call) -> Record:
        return require(getattr(call.store, collection), call.params["id"], what)

    return handler


def between(call: Call, records: Iterable[Record], field: str, low: str, high: str) -> list[Record]:
    """The records whose `field` lies in [query[low], query[high]], either bound
    optional: the date filters (`created_at_min`/`created_at_max`, `from`/`to`)."""
    least, most = call.query.maybe_integer(low), call.query.maybe_integer(high)
    return [
        record
        for record in records
        if (least is None or record[field] >= least) and (most is None or record[field] <= most)
    ]


def page(items: Sequence[Record], query: Query) -> Record:
    """The paginated envelope `{items, totalCount, limit, skip}` of `items`."""
    limit = query.integer("limit", DEFAULT_LIMIT, minimum=1, maximum=MAX_LIMIT)
    skip = query.integer("skip", 0, minimum=0)
    return {
        "items": list(items[skip : skip + limit]),
        "totalCount": len(items),
        "limit": limit,
        "skip": skip,
    }

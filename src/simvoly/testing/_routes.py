"""Routing: each operation of openapi.yaml as (method, path template) -> handler.

The routes come from the generated tables (`_tables.build_routes`); a `Route` carries its
operation's declared path and query parameters, which it parses by their types and
limits (a 400 naming the parameter), and the shape of its answer. `Router.match()` never
raises: it tells the app which operation a request is for (the fault rules and the
request log use it) and keeps the 404/405 error for later, so that authentication is
checked first, as a real server does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, cast
from urllib.parse import unquote

import attrs

from ._errors import ApiError, bad_request
from ._schema import Schema, from_text
from ._store import Record, Store, require

__all__ = [
    "BodyCheck",
    "Call",
    "Handler",
    "Match",
    "Paging",
    "Query",
    "Route",
    "Router",
    "between",
    "getter",
    "page",
]


@attrs.frozen
class Paging:
    """A paginated answer: the envelope's field names, the page-size and offset query
    parameters, and the page size when the request names none."""

    items: str
    total: str
    limit: str
    offset: str
    default_limit: int


@attrs.frozen
class Query:
    """The query string of a request: `values` as sent (the first value of each name),
    `parsed` the operation's declared parameters, typed, with their defaults; `bounds`
    its date filter's parameters, `lower` and `upper` -> name."""

    values: Mapping[str, str]
    parsed: Mapping[str, Any] = attrs.field(factory=dict)
    declared: frozenset[str] = frozenset()
    paging: Paging | None = None
    bounds: Mapping[str, str] = attrs.field(factory=dict)

    def text(self, name: str, *, required: bool = False) -> str | None:
        value = cast("str | None", self._get(name, "string"))
        if required and not value:
            raise bad_request(f"the query parameter {name} is required")
        return value

    def maybe_integer(self, name: str) -> int | None:
        """The integer `name`, or None when it is absent; a 400 when it is not one."""
        return cast("int | None", self._get(name, "integer"))

    def flag(self, name: str) -> bool:
        return bool(self._get(name, "boolean"))

    def _get(self, name: str, kind: str) -> Any:
        """A declared parameter as parsed; any other (a name the spec does not declare)
        read from its text as `kind`."""
        if name in self.declared:
            return self.parsed.get(name)
        raw = self.values.get(name)
        return None if raw is None else from_text({"type": kind}, name, raw)


@attrs.frozen
class Call:
    """What a handler gets: the state, and the request's parameters and checked body."""

    store: Store
    params: Mapping[str, Any]
    query: Query
    body: Record


Handler = Callable[[Call], Any]
#: A rule on a request body the schema cannot state, run on the JSON before the schema.
BodyCheck = Callable[[Any], None]


@attrs.frozen
class Route:
    """One operation, from the generated tables: `body` names its request body schema
    (`body_schema`), `path_params` and `query_params` are its declared parameters
    (`query_params`: name -> {required, schema, and bound where the spec says so}),
    `answer` the shape of its answer, and `check_body` a rule on the body its schema
    cannot state. `paging` and `bounds` (`lower`/`upper` -> the query parameter of its
    date filter) are read from them."""

    method: str
    path: str
    operation: str
    handler: Handler
    resource: str = ""
    body: str | None = None
    body_schema: Schema | None = None
    path_params: Mapping[str, Schema] = attrs.field(factory=dict)
    query_params: Mapping[str, Mapping[str, Any]] = attrs.field(factory=dict)
    answer: Mapping[str, Any] = attrs.field(factory=lambda: {"kind": "object"})
    check_body: BodyCheck | None = None
    paging: Paging | None = attrs.field(init=False)
    bounds: Mapping[str, str] = attrs.field(init=False)

    @paging.default
    def _paging(self) -> Paging | None:
        if self.answer["kind"] != "page":
            return None
        limit = self.query_params[self.answer["limit"]]["schema"]
        return Paging(
            items=self.answer["items"],
            total=self.answer["total"],
            limit=self.answer["limit"],
            offset=self.answer["offset"],
            default_limit=limit.get("default", limit["maximum"]),
        )

    @bounds.default
    def _bounds(self) -> Mapping[str, str]:
        return {
            declared["bound"]: name
            for name, declared in self.query_params.items()
            if "bound" in declared
        }

    def params(self, raw: Mapping[str, str]) -> dict[str, Any]:
        """The path parameters, by their declared types (a 400 for an id of another)."""
        return {
            name: from_text(self.path_params.get(name, {}), name, value)
            for name, value in raw.items()
        }

    def query(self, values: Mapping[str, str]) -> Query:
        """The query string, its declared parameters parsed and checked (a 400 naming the
        first one missing, of the wrong type or out of its limits)."""
        parsed: dict[str, Any] = {}
        for name, declared in self.query_params.items():
            schema = declared["schema"]
            raw = values.get(name)
            for other in declared.get("also_sent_as", ()):  # the same value, another name
                if raw is None:
                    raw = values.get(other)
            if declared["required"] and not raw:
                raise bad_request(f"the query parameter {name} is required")
            if raw is not None:
                parsed[name] = from_text(schema, name, raw)
            elif "default" in schema:
                parsed[name] = schema["default"]
        return Query(values, parsed, frozenset(self.query_params), self.paging, self.bounds)


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


def between(call: Call, records: Iterable[Record], field: str) -> list[Record]:
    """The records whose `field` lies between the operation's lower and upper bound
    parameters, either optional: the date filters (`created_at_min`/`created_at_max`,
    `from`/`to`)."""
    bounds = call.query.bounds
    least = call.query.maybe_integer(bounds["lower"])
    most = call.query.maybe_integer(bounds["upper"])
    return [
        record
        for record in records
        if (least is None or record[field] >= least) and (most is None or record[field] <= most)
    ]


def page(items: Sequence[Record], query: Query) -> Record:
    """The page of `items` the query asks for, in the operation's envelope (`{items,
    totalCount, limit, skip}` in this API), by its declared page size and offset."""
    paging = query.paging
    if paging is None:
        raise TypeError("page() answers a paginated operation; this one is not")
    limit = query.parsed.get(paging.limit, paging.default_limit)
    skip = query.parsed.get(paging.offset, 0)
    return {
        paging.items: list(items[skip : skip + limit]),
        paging.total: len(items),
        paging.limit: limit,
        paging.offset: skip,
    }

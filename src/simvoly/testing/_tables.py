"""The sandbox's routes, from the generated tables: one per operation of openapi.yaml.

Each operation is served by the hand-written behaviour keyed by its operationId (the
rules of `_people` and `_shop`: create-or-update by email, product upsert by URL, order
statuses, links, events) or, where there is none, by generic CRUD read from its route:

- a GET of a collection (a page envelope or a plain array): every record, paged by the
  declared page size and offset (filters are ignored);
- a POST of a collection with a body: the checked body stored under a new id, answered;
- a GET, PUT/PATCH (with a body) or DELETE of one record: it, merged with the checked
  body, or removed; a 404 when there is none.

So a resource added to openapi.yaml with the usual shapes is served with no code. Its
records live in `store.collection(<its x-simvoly-resource>)`, under the name of the item
path's parameter (`id`); no webhook event fires for them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from simvoly._generated.sandbox_tables import BODIES, ROUTES

from ._errors import ApiError
from ._routes import BodyCheck, Call, Handler, Route, page
from ._schema import Schema
from ._store import Record, require

__all__ = ["build_routes"]

_INTEGER_ID: Final[Schema] = {"type": "integer"}


def build_routes(
    behaviour: Mapping[str, Handler],
    body_checks: Mapping[str, BodyCheck],
    tables: Mapping[str, Mapping[str, Any]] = ROUTES,
    bodies: Mapping[str, Schema] = BODIES,
) -> list[Route]:
    """A route per operation of `tables`, served by `behaviour[operationId]` if there
    is one, else generically; its body is checked by `body_checks` (if any), then by
    its schema in `bodies`.

    Raises:
        ValueError: Behaviour names an operation the tables do not have (renamed or
            removed from openapi.yaml, or `make generate` not run).
    """
    unknown = sorted((set(behaviour) | set(body_checks)) - set(tables))
    if unknown:
        raise ValueError(
            f"the sandbox has behaviour for {', '.join(unknown)}, which openapi.yaml does "
            "not declare: rename or remove it (or run `make generate`)"
        )
    items = _item_parameters(tables)
    return [
        Route(
            method=table["method"],
            path=table["path"],
            operation=operation,
            handler=behaviour.get(operation) or _generic(operation, table, items),
            resource=table["resource"],
            body=table["body"],
            body_schema=None if table["body"] is None else bodies[table["body"]],
            path_params=table["path_params"],
            query_params=table["query"],
            answer=table["answer"],
            check_body=body_checks.get(operation),
        )
        for operation, table in tables.items()
    ]


def _item_parameters(tables: Mapping[str, Mapping[str, Any]]) -> dict[str, tuple[str, Schema]]:
    """Collection path -> (name, schema) of the id in its item path (`/coupons/{id}`)."""
    found: dict[str, tuple[str, Schema]] = {}
    for table in tables.values():
        if len(table["path_params"]) == 1:
            ((name, schema),) = table["path_params"].items()
            collection, _, last = table["path"].rpartition("/")
            if last == f"{{{name}}}":
                found[collection] = (name, schema)
    return found


def _generic(
    operation: str, table: Mapping[str, Any], items: Mapping[str, tuple[str, Schema]]
) -> Handler:
    """The generic handler of an operation's shape, or one answering 501 for a shape
    that is none of list, create, get, update and delete."""
    method, kind, resource = table["method"], table["answer"]["kind"], table["resource"]
    params = table["path_params"]
    if not params:
        if method == "GET" and kind in ("page", "array"):
            return _lister(resource, paged=kind == "page")
        if method == "POST" and table["body"]:
            name, schema = items.get(table["path"], ("id", _INTEGER_ID))
            return _creator(resource, name, string_ids=schema.get("type") == "string")
    elif len(params) == 1:
        (name,) = params
        if method == "GET" and kind == "object":
            return lambda call: _record(call, resource, name)
        if method in ("PUT", "PATCH") and table["body"]:
            return _updater(resource, name)
        if kind == "delete":
            return _deleter(resource, name)
    return _unserved(operation)


def _record(call: Call, resource: str, name: str) -> Record:
    key = call.params[name]
    return require(call.store.collection(resource), key, f"{resource} {key}")


def _lister(resource: str, *, paged: bool) -> Handler:
    def handler(call: Call) -> Any:
        records = list(call.store.collection(resource).values())
        return page(records, call.query) if paged else records

    return handler


def _creator(resource: str, name: str, *, string_ids: bool) -> Handler:
    def handler(call: Call) -> Record:
        number = call.store.new_id(resource)
        key = str(number) if string_ids else number
        record = {name: key, **{field: v for field, v in call.body.items() if field != name}}
        call.store.collection(resource)[key] = record
        return record

    return handler


def _updater(resource: str, name: str) -> Handler:
    def handler(call: Call) -> Record:
        record = _record(call, resource, name)
        record.update({field: v for field, v in call.body.items() if field != name})
        return record

    return handler


def _deleter(resource: str, name: str) -> Handler:
    def handler(call: Call) -> Record:
        _record(call, resource, name)
        del call.store.collection(resource)[call.params[name]]
        return {"success": True}

    return handler


def _unserved(operation: str) -> Handler:
    def handler(call: Call) -> Record:
        raise ApiError(
            501,
            f"the sandbox cannot serve {operation}: it has no behaviour for it (in "
            "simvoly.testing), and its shape is not a plain list, create, get, update or "
            "delete",
        )

    return handler

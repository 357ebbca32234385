"""The `x-simvoly-*` vendor extensions of openapi.yaml: checked, and handed to the templates.

openapi.yaml says what the API is; these extensions say what the SDK needs to know about it
that OpenAPI has no word for. They are the only place that knowledge lives: the templates
read them through `SpecData` (the Jinja global `sdk`), and the runtime reads what the
templates wrote from them. Nothing is guessed from names or prose.

- `x-simvoly-resource: contacts` (a tag): the client attribute of the tag's operations.
- `x-simvoly-method: get_by_email` (an operation): its method name on that resource.
- `x-simvoly-pagination: {items, total, limit, offset}` (an operation): an offset-paginated
  list; the names of the envelope's item and total fields and of the page-size and offset
  query parameters (whose `maximum` is the largest page).
- `x-simvoly-idempotent: true`, or `{query: {name: value}}` (a POST): safe to repeat
  (always, or when those query values are sent), so it is retried like a PUT.
- `x-simvoly-upsert: {by: field, query: {...}}` (a POST): creates or updates the record
  with the same `field` (when those query values are sent); the resource gets
  `upsert_many` from it (so one such operation per resource).
- `x-simvoly-timestamp: unix-seconds` (an integer schema): seconds since the Unix epoch;
  arguments also take an aware datetime.
- `x-simvoly-secret: true` (a string property): a credential, never shown in a repr.
- `x-simvoly-also-sent-as: [name, ...]` (a query parameter): the value is sent under
  these names too, where sources disagree on the name the server reads.
- `x-simvoly-empty-object-is-absent: true` (an object property): the server sends `{}`
  to mean "none"; it reads as absent, not as a record missing its required fields.
- `x-simvoly-bound: lower | upper` (a query parameter): the inclusive lower or upper
  bound of the list's range filter (at most one of each per operation); `simvoly export
  --since/--until` map to them.

A missing or malformed extension stops `make generate` with a message naming where it is.

Each operation's input formats (`Operation.formats`: `format: email`, `uri`, `int64`... on
its query parameters and request body fields, nested ones included) go to the operations
table, so that the client checks them before sending (`simvoly._formats`).

The sandbox's tables (`sandbox_tables.py`) come from here too: each operation's route,
parameters and answer shape (`Operation.route`), the request body schemas resolved into
plain JSON-Schema-like dicts (`SpecData.bodies`; an enum's values are inlined where a
body uses it). The wheel has no YAML parser, so the sandbox reads these Python literals,
not openapi.yaml; so does the `simvoly` command (answer models, date filters, request
body checks).
"""

from __future__ import annotations

import keyword
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
from openapi_python_client import strings

__all__ = ["Operation", "SpecData", "SpecError", "plain_schema"]

_HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_KNOWN = frozenset(
    {
        "x-simvoly-resource",
        "x-simvoly-method",
        "x-simvoly-pagination",
        "x-simvoly-idempotent",
        "x-simvoly-upsert",
        "x-simvoly-timestamp",
        "x-simvoly-secret",
        "x-simvoly-also-sent-as",
        "x-simvoly-empty-object-is-absent",
        "x-simvoly-bound",
    }
)
_PAGINATION_KEYS = ("items", "total", "limit", "offset")
_BOUNDS = ("lower", "upper")


class SpecError(Exception):
    """openapi.yaml breaks a rule of the SDK's extensions."""


@attrs.frozen
class Operation:
    """What the SDK knows about one operation, beyond what the generator parses."""

    id: str
    http_method: str  # uppercase
    path: str
    resource: str  # client attribute, e.g. "contacts"
    method_name: str  # e.g. "get_by_email"
    pagination: Mapping[str, Any] | None  # the extension's names, and `max_limit`
    idempotent: bool  # a POST safe to repeat whatever its query
    idempotent_query: Mapping[str, Any] | None  # ... or only with these query values
    upsert_by: str | None
    upsert_query: Mapping[str, Any] | None
    body_schema: str | None  # the request body's component schema
    query_aliases: Mapping[str, tuple[str, ...]]  # x-simvoly-also-sent-as, by parameter
    parameters: tuple[Mapping[str, Any], ...]  # resolved parameter objects
    route: Mapping[str, Any]  # what the sandbox needs to serve it (see `_route`)
    formats: tuple[Mapping[str, Any], ...]  # the input formats to check (see `_formats`)


@attrs.frozen
class Resource:
    """One tag: the resource namespace `client.<attribute>`."""

    tag: str  # the tag's name in openapi.yaml
    module: str  # the generator's package for it: _generated.api.<module>
    attribute: str
    class_name: str
    description: str
    operations: tuple[Operation, ...]


class SpecData:
    """openapi.yaml's extensions, checked; the `sdk` global of the templates."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        _check_known_extensions(document, "")
        self.resources = _resources(document)
        self.operations = {op.id: op for res in self.resources for op in res.operations}
        self.webhooks = _webhooks(document)
        #: topic -> the first example of its model: the body `simvoly webhooks send-test` sends.
        self.webhook_examples = {
            topic: _example(document, model, f"webhook {topic}") for topic, model in self.webhooks
        }
        #: Every request body schema, by component name, resolved (see `plain_schema`).
        self.bodies = {
            op.body_schema: plain_schema(
                document, {"$ref": f"#/components/schemas/{op.body_schema}"}, op.body_schema
            )
            for op in self.operations.values()
            if op.body_schema is not None
        }
        #: Every enum of components/schemas: name -> its values.
        self.enums = {
            name: tuple(schema["enum"])
            for name, schema in document.get("components", {}).get("schemas", {}).items()
            if "enum" in schema
        }

    # -- for templates ------------------------------------------------------------------

    def operation(self, operation_id: str) -> Operation:
        return self.operations[_raw(operation_id)]

    def resource(self, module: str) -> Resource:
        """The resource of a generator endpoint collection (`endpoint_collection.tag`)."""
        for resource in self.resources:
            if resource.module == str(module):
                return resource
        raise SpecError(f"no tag generates the package {module!r}")

    def is_timestamp(self, operation_id: str, json_name: str) -> bool:
        """Whether a parameter or request body field of the operation is a timestamp."""
        op, json_name = self.operation(operation_id), _raw(json_name)
        for parameter in op.parameters:
            if parameter["name"] == json_name:
                return _is_timestamp(self._resolve(parameter.get("schema", {})))
        if op.body_schema is not None:
            schema = self.schema(op.body_schema)
            field = schema.get("properties", {}).get(json_name)
            if field is not None:
                return _is_timestamp(self._resolve(field))
        return False

    def page_limit(self, operation_id: str) -> int:
        """The largest page a paginated operation answers (its limit's maximum)."""
        pagination = self.operation(operation_id).pagination
        if pagination is None:
            raise SpecError(f"operation {_raw(operation_id)} is not paginated")
        return int(pagination["max_limit"])

    def is_secret(self, schema_name: str, json_name: str) -> bool:
        """Whether a model's property holds a credential (`x-simvoly-secret: true`)."""
        schema = self.document["components"]["schemas"].get(_raw(schema_name), {})
        field = schema.get("properties", {}).get(_raw(json_name), {})
        return field.get("x-simvoly-secret") is True

    def schema(self, name: str) -> Mapping[str, Any]:
        return self.document["components"]["schemas"][name]  # type: ignore[no-any-return]

    def _resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        return _resolve(self.document, node)


# -- reading and checking -------------------------------------------------------------------


def _raw(value: Any) -> str:
    """A name from the generator's parsed data as a plain str (it wraps the document's
    strings in `UntrustedString`, whose str() is not the value)."""
    unwrap = getattr(value, "get_untrusted_value", None)
    return str(unwrap() if unwrap is not None else value)


def _resolve(document: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    """`node`, or what its local `$ref` points at (followed to the end)."""
    seen = 0
    while "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise SpecError(f"only local references are supported, got {ref!r}")
        target: Any = document
        for part in ref[2:].split("/"):
            target = target[part]
        node, seen = target, seen + 1
        if seen > 32:
            raise SpecError(f"{ref!r}: a reference loop")
    return node


def _check_known_extensions(node: Any, where: str) -> None:
    """Every `x-simvoly-*` key anywhere in the document is one this module knows, and the
    schema-level ones (timestamps, secrets) sit on schemas of the right type."""
    if isinstance(node, Mapping):
        for key, value in node.items():
            if isinstance(key, str) and key.startswith("x-simvoly-") and key not in _KNOWN:
                raise SpecError(f"{where or '/'}: unknown extension {key!r}")
            _check_known_extensions(value, f"{where}/{key}")
        if "x-simvoly-timestamp" in node:
            _is_timestamp(node)
        if "x-simvoly-secret" in node and (
            node["x-simvoly-secret"] is not True or "string" not in _types(node)
        ):
            raise SpecError(f"{where}: x-simvoly-secret is `true`, on strings only")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            _check_known_extensions(item, f"{where}/{index}")


def _identifier(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.isidentifier() or keyword.iskeyword(value):
        raise SpecError(f"{where} must be a Python identifier, got {value!r}")
    if value.startswith("_"):
        raise SpecError(f"{where} must not start with an underscore, got {value!r}")
    return value


def _resources(document: Mapping[str, Any]) -> tuple[Resource, ...]:
    tags: dict[str, Mapping[str, Any]] = {}
    for tag in document.get("tags", []):
        attribute = tag.get("x-simvoly-resource")
        if attribute is None:
            raise SpecError(f"tag {tag['name']!r} has no x-simvoly-resource (its client attribute)")
        _identifier(attribute, f"tag {tag['name']!r}: x-simvoly-resource")
        tags[tag["name"]] = tag
    attributes = [tag["x-simvoly-resource"] for tag in tags.values()]
    if len(set(attributes)) != len(attributes):
        raise SpecError(f"two tags share an x-simvoly-resource: {sorted(attributes)}")
    by_attribute: dict[str, list[Operation]] = {t["x-simvoly-resource"]: [] for t in tags.values()}
    for operation in _operations(document, tags):
        by_attribute[operation.resource].append(operation)
    resources = []
    for name, tag in tags.items():
        ops = by_attribute[tag["x-simvoly-resource"]]
        if not ops:
            raise SpecError(f"tag {name!r} has no operations")
        methods = [op.method_name for op in ops]
        if len(set(methods)) != len(methods):
            raise SpecError(f"tag {name!r}: two operations share an x-simvoly-method: {methods}")
        upserts = [op.id for op in ops if op.upsert_by is not None]
        if len(upserts) > 1 or (upserts and "upsert_many" in methods):
            # x-simvoly-upsert gives the resource its upsert_many method: one per resource.
            raise SpecError(f"tag {name!r}: upsert_many would be two methods: {upserts}, {methods}")
        attribute = tag["x-simvoly-resource"]
        resources.append(
            Resource(
                tag=name,
                module=str(strings.PythonIdentifier(value=name, prefix="tag")),
                attribute=attribute,
                class_name="".join(part.capitalize() for part in attribute.split("_")),
                description=" ".join(str(tag.get("description", "")).split()),
                operations=tuple(ops),
            )
        )
    return tuple(resources)


def _operations(
    document: Mapping[str, Any], tags: Mapping[str, Mapping[str, Any]]
) -> Iterator[Operation]:
    for path, item in document.get("paths", {}).items():
        shared = [_resolve(document, p) for p in item.get("parameters", [])]
        for method in _HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            op_id = op.get("operationId")
            where = f"{method.upper()} {path}"
            if not op_id:
                raise SpecError(f"{where} has no operationId")
            where = f"operation {op_id}"
            op_tags = op.get("tags", [])
            if len(op_tags) != 1 or op_tags[0] not in tags:
                raise SpecError(f"{where} must have exactly one of the declared tags")
            parameters = tuple(shared + [_resolve(document, p) for p in op.get("parameters", [])])
            _check_bounds(parameters, where)
            pagination = _pagination(document, op, parameters, where)
            route = _route(document, op, method, parameters, pagination, where)
            body = _body_schema(op, where)
            upsert_by, upsert_query = _upsert(document, op, body, parameters, where)
            yield Operation(
                id=op_id,
                http_method=method.upper(),
                path=path,
                resource=tags[op_tags[0]]["x-simvoly-resource"],
                method_name=_identifier(op.get("x-simvoly-method"), f"{where}: x-simvoly-method"),
                pagination=pagination,
                idempotent=op.get("x-simvoly-idempotent") is True,
                idempotent_query=_idempotent_query(op, method, parameters, where),
                upsert_by=upsert_by,
                upsert_query=upsert_query,
                body_schema=body,
                query_aliases=_query_aliases(parameters, where),
                parameters=parameters,
                route=route,
                formats=_formats(document, route),
            )


def _query_aliases(
    parameters: tuple[Mapping[str, Any], ...], where: str
) -> Mapping[str, tuple[str, ...]]:
    """The other names each query parameter is sent under (`x-simvoly-also-sent-as`)."""
    aliases: dict[str, tuple[str, ...]] = {}
    for parameter in parameters:
        others = parameter.get("x-simvoly-also-sent-as")
        if others is None:
            continue
        name = parameter["name"]
        if (
            parameter.get("in") != "query"
            or not isinstance(others, list)
            or not others
            or not all(isinstance(other, str) and other for other in others)
            or name in others
        ):
            raise SpecError(
                f"{where}: x-simvoly-also-sent-as on {name!r} must be a list of other names, "
                "on a query parameter"
            )
        aliases[name] = tuple(others)
    return aliases


def _check_bounds(parameters: tuple[Mapping[str, Any], ...], where: str) -> None:
    """`x-simvoly-bound` sits on query parameters, one lower and one upper at most."""
    seen: list[str] = []
    for parameter in parameters:
        bound = parameter.get("x-simvoly-bound")
        if bound is None:
            continue
        if parameter.get("in") != "query" or bound not in _BOUNDS or bound in seen:
            raise SpecError(
                f"{where}: x-simvoly-bound on {parameter['name']!r} must be 'lower' or "
                "'upper', on a query parameter, one of each per operation"
            )
        seen.append(bound)


def _query_names(parameters: tuple[Mapping[str, Any], ...]) -> set[str]:
    return {p["name"] for p in parameters if p.get("in") == "query"}


def _pagination(
    document: Mapping[str, Any],
    op: Mapping[str, Any],
    parameters: tuple[Mapping[str, Any], ...],
    where: str,
) -> Mapping[str, Any] | None:
    value = op.get("x-simvoly-pagination")
    if value is None:
        return None
    if not isinstance(value, Mapping) or sorted(value) != sorted(_PAGINATION_KEYS):
        raise SpecError(f"{where}: x-simvoly-pagination needs exactly {list(_PAGINATION_KEYS)}")
    missing = {value["limit"], value["offset"]} - _query_names(parameters)
    if missing:
        raise SpecError(f"{where}: x-simvoly-pagination names query parameters it lacks: {missing}")
    schema = _ok_schema(document, op, where)
    fields = set(schema.get("properties", {}))
    if not {value["items"], value["total"]} <= fields:
        raise SpecError(f"{where}: the answer has no {value['items']!r}/{value['total']!r} fields")
    limit = next(p for p in parameters if p["name"] == value["limit"] and p.get("in") == "query")
    maximum = _resolve(document, limit.get("schema", {})).get("maximum")
    if not isinstance(maximum, int) or isinstance(maximum, bool) or maximum < 1:
        raise SpecError(f"{where}: the {value['limit']!r} parameter needs an integer maximum")
    return {**value, "max_limit": maximum}


def _ok_schema(document: Mapping[str, Any], op: Mapping[str, Any], where: str) -> Mapping[str, Any]:
    try:
        response = _resolve(document, op["responses"]["200"])
        return _resolve(document, response["content"]["application/json"]["schema"])
    except KeyError:
        raise SpecError(f"{where} has no 200 JSON answer") from None


def _idempotent_query(
    op: Mapping[str, Any], method: str, parameters: tuple[Mapping[str, Any], ...], where: str
) -> Mapping[str, Any] | None:
    value = op.get("x-simvoly-idempotent")
    if value is None:
        return None
    if method != "post":
        raise SpecError(f"{where}: x-simvoly-idempotent is for POSTs ({method} is idempotent)")
    if value is True:
        return None
    return _query_condition(value, parameters, f"{where}: x-simvoly-idempotent")


def _query_condition(
    value: Any, parameters: tuple[Mapping[str, Any], ...], where: str
) -> Mapping[str, Any]:
    if not isinstance(value, Mapping) or set(value) != {"query"} or not value["query"]:
        raise SpecError(f"{where} must be true or {{query: {{name: value}}}}")
    unknown = set(value["query"]) - _query_names(parameters)
    if unknown:
        raise SpecError(f"{where} names query parameters the operation lacks: {unknown}")
    return dict(value["query"])


def _upsert(
    document: Mapping[str, Any],
    op: Mapping[str, Any],
    body: str | None,
    parameters: tuple[Mapping[str, Any], ...],
    where: str,
) -> tuple[str | None, Mapping[str, Any] | None]:
    """The body field an operation upserts by, and the query that makes it upsert (its
    parameters: the path's and its own, resolved)."""
    value = op.get("x-simvoly-upsert")
    if value is None:
        return None, None
    if not isinstance(value, Mapping) or "by" not in value or set(value) - {"by", "query"}:
        raise SpecError(f"{where}: x-simvoly-upsert must be {{by: field, query: {{...}}}}")
    fields = _resolve(document, document["components"]["schemas"][body]) if body else {}
    if value["by"] not in fields.get("properties", {}):
        raise SpecError(f"{where}: x-simvoly-upsert by {value['by']!r}: no such body field")
    query = None
    if "query" in value:
        query = _query_condition({"query": value["query"]}, parameters, where)
    return value["by"], query


def _body_schema(op: Mapping[str, Any], where: str) -> str | None:
    body = op.get("requestBody")
    if body is None:
        return None
    name = _component_name(body.get("content", {}).get("application/json", {}).get("schema", {}))
    if name is None:
        raise SpecError(f"{where}: the request body must be a $ref to a component schema")
    return name


def _types(schema: Mapping[str, Any]) -> list[str]:
    """The JSON types a schema allows (`type: [integer, "null"]` in OpenAPI 3.1)."""
    kind = schema.get("type", [])
    return [kind] if isinstance(kind, str) else list(kind)


def _is_timestamp(schema: Mapping[str, Any]) -> bool:
    value = schema.get("x-simvoly-timestamp")
    if value is None:
        return False
    if value != "unix-seconds" or "integer" not in _types(schema):
        raise SpecError(f"x-simvoly-timestamp: only 'unix-seconds' on integers, got {value!r}")
    return True


# -- the sandbox's tables -------------------------------------------------------------------

#: The keywords of a schema the sandbox's validator reads; the rest (descriptions,
#: examples, `x-` notes) is left out of its tables.
_SCHEMA_KEYWORDS = (
    "format",
    "enum",
    "const",
    "default",
    "minimum",
    "maximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
)


def _route(
    document: Mapping[str, Any],
    op: Mapping[str, Any],
    method: str,
    parameters: tuple[Mapping[str, Any], ...],
    pagination: Mapping[str, Any] | None,
    where: str,
) -> dict[str, Any]:
    """What the sandbox needs to route, check and answer an operation without its spec:
    the request body's schema name, the path and query parameters (name -> whether
    required, and the plain schema of the value) and the shape of the answer."""

    def params(kind: str) -> dict[str, Any]:
        found = {}
        for parameter in parameters:
            if parameter.get("in") == kind:
                name = parameter["name"]
                entry = {
                    "required": bool(parameter.get("required", False)),
                    "schema": plain_schema(
                        document, parameter.get("schema", {}), f"{where}: parameter {name}"
                    ),
                }
                if "x-simvoly-also-sent-as" in parameter:
                    entry["also_sent_as"] = parameter["x-simvoly-also-sent-as"]
                if "x-simvoly-bound" in parameter:
                    entry["bound"] = parameter["x-simvoly-bound"]
                if _is_timestamp(_resolve(document, parameter.get("schema", {}))):
                    entry["timestamp"] = True
                found[name] = entry
        return found

    return {
        "body": _body_schema(op, where),
        "path_params": {name: entry["schema"] for name, entry in params("path").items()},
        "query": params("query"),
        "answer": _answer(document, op, method, pagination, where),
    }


def _formats(document: Mapping[str, Any], route: Mapping[str, Any]) -> tuple[dict[str, Any], ...]:
    """Every `format` of an operation's query parameters and request body fields (nested
    ones too), each as {in: query | body, path: JSON names ("[]": each item of a list),
    names: the same as Python names (arguments, model attributes), format}."""
    found: list[dict[str, Any]] = []

    def walk(schema: Mapping[str, Any], where: str, path: tuple[str, ...]) -> None:
        if "format" in schema and path:
            names = tuple(part if part == "[]" else _python_name(part) for part in path)
            found.append({"in": where, "path": path, "names": names, "format": schema["format"]})
        for name, field in schema.get("properties", {}).items():
            walk(field, where, (*path, name))
        if "items" in schema:
            walk(schema["items"], where, (*path, "[]"))

    for name, entry in route["query"].items():
        walk(entry["schema"], "query", (name,))
    if route["body"] is not None:
        body = plain_schema(document, {"$ref": f"#/components/schemas/{route['body']}"}, "body")
        walk(body, "body", ())
    return tuple(found)


def _python_name(json_name: str) -> str:
    """A field's name as the generator writes its argument: snake_case, with a trailing
    underscore only for a Python keyword (`from_`), as templates/resource.py.jinja."""
    name = str(strings.PythonIdentifier(value=json_name, prefix="field_"))
    return name[:-1] if name.endswith("_") and not keyword.iskeyword(name[:-1]) else name


def _answer(
    document: Mapping[str, Any],
    op: Mapping[str, Any],
    method: str,
    pagination: Mapping[str, Any] | None,
    where: str,
) -> dict[str, Any]:
    """The shape of an operation's 200 answer: `page` (the envelope, with its field and
    query parameter names), `array`, `object`, or `delete` (a DELETE: the record is gone);
    with the component schemas (models) of the answer (`schema`: the envelope or the
    object) and of the records a page or array lists (`item_schema`), where they are
    references."""
    if method == "delete":
        return {"kind": "delete"}
    answer: dict[str, Any]
    response = _resolve(document, op["responses"]["200"])
    schema = response["content"]["application/json"]["schema"]
    if pagination is not None:
        answer = {"kind": "page", **{key: pagination[key] for key in _PAGINATION_KEYS}}
        items = _resolve(document, schema)["properties"][pagination["items"]]
        names = {"schema": _component_name(schema), "item_schema": _item_name(document, items)}
    elif "array" in _types(_ok_schema(document, op, where)):
        answer = {"kind": "array"}
        names = {"item_schema": _item_name(document, schema)}
    else:
        answer = {"kind": "object"}
        names = {"schema": _component_name(schema)}
    answer.update((key, name) for key, name in names.items() if name is not None)
    return answer


def _item_name(document: Mapping[str, Any], array: Mapping[str, Any]) -> str | None:
    """The component schema of an array schema's items, if they are a reference."""
    return _component_name(_resolve(document, array).get("items", {}))


def _component_name(schema: Mapping[str, Any]) -> str | None:
    """The name of the component schema `schema` refers to, if it is a reference."""
    ref = schema.get("$ref", "")
    prefix = "#/components/schemas/"
    return str(ref.removeprefix(prefix)) if ref.startswith(prefix) else None


def plain_schema(
    document: Mapping[str, Any], node: Mapping[str, Any], where: str, refs: tuple[str, ...] = ()
) -> dict[str, Any]:
    """`node` as a plain JSON-Schema-like dict: references inlined; `type` a single name
    (or absent: anything), `nullable: true` for `type: [x, "null"]` and for
    `anyOf`/`oneOf` of a schema and null; only the keywords a validator reads."""
    ref = node.get("$ref")
    if ref is not None:
        if ref in refs:
            raise SpecError(f"{where}: {ref} refers to itself, which the sandbox cannot inline")
        return plain_schema(document, _resolve(document, {"$ref": ref}), where, (*refs, ref))
    if "allOf" in node or "not" in node:
        raise SpecError(f"{where}: the sandbox's tables support no allOf or not")
    options = node.get("anyOf", node.get("oneOf"))
    if options is not None:
        values = [option for option in options if _types(option) != ["null"]]
        if len(values) != 1 or len(options) != 2:
            raise SpecError(f"{where}: anyOf/oneOf is supported as [a schema, null] only")
        return {**plain_schema(document, values[0], where, refs), "nullable": True}
    types = _types(node)
    named = [kind for kind in types if kind != "null"]
    if len(named) > 1:
        raise SpecError(f"{where}: one type (and null) per schema, got {types}")
    plain: dict[str, Any] = {"type": named[0]} if named else {}
    plain.update({key: node[key] for key in _SCHEMA_KEYWORDS if key in node})
    if "null" in types:
        plain["nullable"] = True
    if "properties" in node or named == ["object"]:
        properties = node.get("properties", {})
        plain["properties"] = {
            name: plain_schema(document, field, f"{where}.{name}", refs)
            for name, field in properties.items()
        }
        if node.get("required"):
            plain["required"] = list(node["required"])
    if "items" in node:
        plain["items"] = plain_schema(document, node["items"], f"{where}[]", refs)
    return plain


def _example(document: Mapping[str, Any], name: str, where: str) -> Any:
    """The first example of the component schema `name`."""
    schema = document["components"]["schemas"][name]
    examples = schema.get("examples") or ([schema["example"]] if "example" in schema else [])
    if not examples:
        raise SpecError(f"{where}: its model {name} has no example (send-test sends it)")
    return examples[0]


def _webhooks(document: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """(topic, model name) of each webhook: its POST body must be a component $ref."""
    topics = []
    for topic, item in (document.get("webhooks") or {}).items():
        post = item.get("post")
        if post is None:
            raise SpecError(f"webhook {topic}: only POST deliveries are supported")
        topics.append((str(topic), str(_body_schema(post, f"webhook {topic}"))))
    if not topics:
        raise SpecError("openapi.yaml has no webhooks section")
    events = document["components"]["schemas"].get("WebhookTopic", {}).get("enum", [])
    if sorted(events) != sorted(topic for topic, _ in topics):
        names = sorted(topic for topic, _ in topics)
        raise SpecError(f"webhooks {names} differ from the WebhookTopic enum {events}")
    return tuple(topics)

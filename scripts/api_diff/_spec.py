"""The spec side: every change between two parsed openapi.yaml files, classified.

The rules are in the package docstring (scripts/api_diff/__init__.py). This module knows
only the spec; `_surface` turns each change's `Subject` into the `simvoly.*` names it
affects.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, Literal

Side = Literal["input", "output"]
BOTH: frozenset[Side] = frozenset({"input", "output"})
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# Keys that only document: a change limited to these is a patch.
DOC_KEYS = frozenset({"description", "summary", "example", "examples", "title", "externalDocs"})
# Constraint keywords; "min" ones tighten when they grow, "max" ones when they shrink.
MIN_KEYS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
MAX_KEYS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
DOCS_SHOWN = 5  # documentation changes listed by place; the rest are counted


class Level(IntEnum):
    """How a change affects users; the report's bump is the highest level found."""

    PATCH = 0  # no change to what a user can call or read
    ADDITIVE = 1  # new things; existing code keeps working
    BREAKING = 2  # existing code can stop working or type-checking


@dataclass(frozen=True)
class Subject:
    """What a change is about, in spec terms; `_surface` maps it to Python names.

    kind is one of: "operation" (key: operationId), "parameter" (key: operationId,
    name: the parameter), "body" (key: operationId), "result" (key: operationId),
    "schema" (key: component schema name), "field" (key: schema name, path: property
    names from it, "[]" for array items), "enum" (key: schema name, name: the value),
    "webhook" (key: topic), "spec" (key: a JSON pointer).
    """

    kind: str
    key: str
    name: str = ""
    path: tuple[str, ...] = ()


@dataclass(frozen=True)
class Change:
    level: Level
    text: str  # what changed, in spec terms (Markdown)
    subject: Subject
    # Set for a changed operationId: the subject's names are "removed", these "added".
    renamed_to: Subject | None = None
    removed: bool = False  # the subject exists only in the old spec
    added: bool = False  # the subject exists only in the new spec


def by_side(sides: frozenset[Side], *, input: Level, output: Level) -> Level:
    """The worst of a change's levels over the sides (input, output) its schema is on."""
    return max(input if side == "input" else output for side in sides)


@dataclass
class Spec:
    """One parsed openapi.yaml (PyYAML has already expanded its anchors)."""

    data: Mapping[str, Any]
    operations: dict[str, tuple[str, str, dict[str, Any]]] = field(init=False)

    def __post_init__(self) -> None:
        # operationId -> (METHOD, path, operation with the path item's parameters merged)
        self.operations = {}
        for path, item in (self.data.get("paths") or {}).items():
            shared = item.get("parameters", [])
            for method in HTTP_METHODS:
                if method in item:
                    op = dict(item[method])
                    op["parameters"] = self._merge_parameters(shared, op.get("parameters", []))
                    self.operations[op["operationId"]] = (method.upper(), path, op)

    def _merge_parameters(
        self, shared: list[dict[str, Any]], own: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        merged = {p["name"]: p for p in (self.deref(x)[0] for x in [*shared, *own])}
        return list(merged.values())

    @property
    def schemas(self) -> dict[str, Any]:
        return dict((self.data.get("components") or {}).get("schemas") or {})

    @property
    def webhooks(self) -> dict[str, dict[str, Any]]:
        return dict(self.data.get("webhooks") or {})

    def deref(self, node: Any) -> tuple[Any, str | None]:
        """(the node with $refs followed, the name of the last component schema followed)."""
        name = None
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"only local $refs are supported, not {ref!r}")
            parts = [p.replace("~1", "/").replace("~0", "~") for p in ref[2:].split("/")]
            if parts[:2] == ["components", "schemas"]:
                name = parts[2]
            node = self.data
            for part in parts:
                if not isinstance(node, dict) or part not in node:
                    raise ValueError(f"$ref {ref!r} points at nothing")
                node = node[part]
        return node, name

    def body_schema(self, op: Mapping[str, Any]) -> tuple[Any, bool] | None:
        """(the JSON request body's schema, required) or None."""
        body, _ = self.deref(op.get("requestBody"))
        if not body:
            return None
        return _json_schema(body), bool(body.get("required", False))

    def result_schema(self, op: Mapping[str, Any]) -> Any:
        """The schema of the first 2xx answer's JSON body (None: no body)."""
        for status in sorted(op.get("responses") or {}):
            if str(status).startswith("2"):
                response, _ = self.deref(op["responses"][status])
                return _json_schema(response)
        return None

    def schema_sides(self) -> dict[str, frozenset[Side]]:
        """Component schema -> the sides it is reachable from: what a user sends
        (parameters, request bodies) and what a user reads (answers, webhook payloads)."""
        found: dict[str, set[Side]] = {}

        def visit(node: Any, side: Side) -> None:
            if isinstance(node, dict):
                if "$ref" in node:
                    _, name = self.deref(node)
                    if name is not None:
                        if side in found.setdefault(name, set()):
                            return
                        found[name].add(side)
                    visit(self.deref(node)[0], side)
                    return
                for value in node.values():
                    visit(value, side)
            elif isinstance(node, list):
                for value in node:
                    visit(value, side)

        for _, _, op in self.operations.values():
            visit(op.get("parameters"), "input")
            visit(op.get("requestBody"), "input")
            visit(op.get("responses"), "output")
        for item in self.webhooks.values():
            for method in HTTP_METHODS:
                if method in item:
                    visit(item[method].get("requestBody"), "output")
        return {name: frozenset(sides) for name, sides in found.items()}


def _json_schema(holder: Mapping[str, Any]) -> Any:
    content = holder.get("content") or {}
    for media_type, value in content.items():
        if "json" in media_type:
            return value.get("schema")
    return None


def compare(old: Spec, new: Spec) -> list[Change]:
    """Every change from `old` to `new`, in a stable order."""
    changes = [
        *_operations(old, new),
        *_webhooks(old, new),
        *_schemas(old, new),
    ]
    # Vendor extensions carry meaning the SDK acts on (the method name, pagination,
    # repeatable POSTs, ...): name each change; griffe names any Python API it alters.
    changes += [
        Change(
            Level.ADDITIVE,
            f"`{pointer}` changed (a vendor extension: the SDK may behave differently; "
            "review by hand)",
            Subject("spec", pointer),
        )
        for pointer in _differences(old.data, new.data)
        if any(step.startswith("x-") for step in pointer.split("/"))
    ]
    if not changes and _strip_docs(old.data) != _strip_docs(new.data):
        # A change none of the rules above understands: worth a look, not a silent patch.
        changes += [
            Change(
                Level.ADDITIVE,
                f"`{pointer}` changed (no rule classifies it: review by hand)",
                Subject("spec", pointer),
            )
            for pointer in _differences(_strip_docs(old.data), _strip_docs(new.data))
        ]
    docs = [p for p in _differences(old.data, new.data) if _is_doc(p)]
    if docs:
        shown = ", ".join(f"`{p}`" for p in docs[:DOCS_SHOWN])
        more = f" and {len(docs) - DOCS_SHOWN} more" if len(docs) > DOCS_SHOWN else ""
        changes.append(
            Change(Level.PATCH, f"Documentation changed: {shown}{more}", Subject("spec", docs[0]))
        )
    return changes


# --- operations -------------------------------------------------------------------------


def _operations(old: Spec, new: Spec) -> Iterator[Change]:
    old_ids, new_ids = set(old.operations), set(new.operations)
    old_at = {(m, p): op_id for op_id, (m, p, _) in old.operations.items()}
    new_at = {(m, p): op_id for op_id, (m, p, _) in new.operations.items()}
    renamed = {
        op_id: new_at[place]
        for place, op_id in old_at.items()
        if op_id not in new_ids and place in new_at and new_at[place] not in old_ids
    }
    for op_id in sorted(old_ids | new_ids):
        if op_id in renamed:
            method, path, _ = old.operations[op_id]
            to = renamed[op_id]
            yield Change(
                Level.BREAKING,
                f"operation `{op_id}` (`{method} {path}`) renamed to `{to}`",
                Subject("operation", op_id),
                renamed_to=Subject("operation", to),
            )
            yield from _operation(old, new, op_id, to)
        elif op_id in renamed.values():
            continue
        elif op_id not in new_ids:
            method, path, _ = old.operations[op_id]
            yield Change(
                Level.BREAKING,
                f"operation `{op_id}` (`{method} {path}`) removed",
                Subject("operation", op_id),
                removed=True,
            )
        elif op_id not in old_ids:
            method, path, _ = new.operations[op_id]
            yield Change(
                Level.ADDITIVE,
                f"operation `{op_id}` (`{method} {path}`) added",
                Subject("operation", op_id),
                added=True,
            )
        else:
            yield from _operation(old, new, op_id, op_id)


def _operation(old: Spec, new: Spec, old_id: str, new_id: str) -> Iterator[Change]:
    old_method, old_path, old_op = old.operations[old_id]
    new_method, new_path, new_op = new.operations[new_id]
    here = Subject("operation", new_id)
    if (old_method, old_path) != (new_method, new_path):
        yield Change(
            Level.PATCH,
            f"operation `{new_id}` moved from `{old_method} {old_path}` to "
            f"`{new_method} {new_path}` (the SDK follows; no Python change)",
            here,
        )
    if old_op.get("tags", [])[:1] != new_op.get("tags", [])[:1]:
        yield Change(
            Level.BREAKING,
            f"operation `{new_id}` moved from tag {old_op.get('tags', [])[:1]} to "
            f"{new_op.get('tags', [])[:1]} (another resource)",
            here,
            renamed_to=here,
        )
    if old_op.get("deprecated", False) != new_op.get("deprecated", False):
        state = "deprecated" if new_op.get("deprecated") else "no longer deprecated"
        yield Change(Level.ADDITIVE, f"operation `{new_id}` {state}", here)
    yield from _parameters(old, new, old_op, new_op, new_id)
    yield from _body(old, new, old_op, new_op, new_id)
    yield from _result(old, new, old_op, new_op, new_id)


def _parameters(
    old: Spec, new: Spec, old_op: dict[str, Any], new_op: dict[str, Any], op_id: str
) -> Iterator[Change]:
    old_params = {p["name"]: p for p in old_op["parameters"]}
    new_params = {p["name"]: p for p in new_op["parameters"]}
    for name in sorted(old_params.keys() | new_params.keys()):
        subject = Subject("parameter", op_id, name)
        where = f"parameter `{name}` of `{op_id}`"
        if name not in new_params:
            yield Change(Level.BREAKING, f"{where} removed", subject, removed=True)
            continue
        param = new_params[name]
        if name not in old_params:
            if param.get("required"):
                yield Change(Level.BREAKING, f"required {where} added", subject, added=True)
            else:
                yield Change(Level.ADDITIVE, f"optional {where} added", subject, added=True)
            continue
        before = old_params[name]
        if before.get("in") != param.get("in"):
            yield Change(
                Level.PATCH,
                f"{where} moved from {before.get('in')} to {param.get('in')} (no Python change)",
                subject,
            )
        if bool(before.get("required")) != bool(param.get("required")):
            if param.get("required"):
                yield Change(Level.BREAKING, f"{where} became required", subject)
            else:
                yield Change(Level.ADDITIVE, f"{where} became optional", subject)
        yield from _schema(
            old,
            new,
            before.get("schema"),
            param.get("schema"),
            frozenset({"input"}),
            subject,
            where,
        )


def _body(
    old: Spec, new: Spec, old_op: dict[str, Any], new_op: dict[str, Any], op_id: str
) -> Iterator[Change]:
    before, after = old.body_schema(old_op), new.body_schema(new_op)
    subject = Subject("body", op_id)
    where = f"request body of `{op_id}`"
    if before is None and after is None:
        return
    if after is None:
        yield Change(Level.BREAKING, f"{where} removed", subject, removed=True)
        return
    if before is None:
        level = Level.BREAKING if after[1] else Level.ADDITIVE
        kind = "required" if after[1] else "optional"
        yield Change(level, f"{kind} {where} added", subject, added=True)
        return
    if before[1] != after[1]:
        if after[1]:
            yield Change(Level.BREAKING, f"{where} became required", subject)
        else:
            yield Change(Level.ADDITIVE, f"{where} became optional", subject)
    yield from _schema(old, new, before[0], after[0], frozenset({"input"}), subject, where)


def _result(
    old: Spec, new: Spec, old_op: dict[str, Any], new_op: dict[str, Any], op_id: str
) -> Iterator[Change]:
    before, after = old.result_schema(old_op), new.result_schema(new_op)
    subject = Subject("result", op_id)
    where = f"result of `{op_id}`"
    if before is None and after is None:
        return
    if after is None:
        yield Change(Level.BREAKING, f"{where} removed (the method returns None)", subject)
    elif before is None:
        yield Change(Level.ADDITIVE, f"{where} added (the method returned None)", subject)
    else:
        yield from _schema(old, new, before, after, frozenset({"output"}), subject, where)


# --- webhooks -----------------------------------------------------------------------------


def _webhooks(old: Spec, new: Spec) -> Iterator[Change]:
    for topic in sorted(old.webhooks.keys() | new.webhooks.keys()):
        subject = Subject("webhook", topic)
        if topic not in new.webhooks:
            yield Change(Level.BREAKING, f"webhook `{topic}` removed", subject, removed=True)
        elif topic not in old.webhooks:
            yield Change(Level.ADDITIVE, f"webhook `{topic}` added", subject, added=True)
        else:
            before = old.body_schema(old.webhooks[topic].get("post") or {})
            after = new.body_schema(new.webhooks[topic].get("post") or {})
            yield from _schema(
                old,
                new,
                before and before[0],
                after and after[0],
                frozenset({"output"}),
                subject,
                f"payload of webhook `{topic}`",
            )


# --- schemas -------------------------------------------------------------------------------


def _schemas(old: Spec, new: Spec) -> Iterator[Change]:
    old_schemas, new_schemas = old.schemas, new.schemas
    old_sides, new_sides = old.schema_sides(), new.schema_sides()
    for name in sorted(old_schemas.keys() | new_schemas.keys()):
        subject = Subject("schema", name)
        if name not in new_schemas:
            yield Change(Level.BREAKING, f"schema `{name}` removed", subject, removed=True)
        elif name not in old_schemas:
            yield Change(Level.ADDITIVE, f"schema `{name}` added", subject, added=True)
        else:
            # An unused schema is still a model users may build: count both sides.
            sides = old_sides.get(name, frozenset()) | new_sides.get(name, frozenset()) or BOTH
            yield from _schema(
                old,
                new,
                old_schemas[name],
                new_schemas[name],
                sides,
                Subject("field", name),
                f"`{name}`",
                follow=True,
            )


def _types(spec: Spec, schema: Any) -> frozenset[str]:
    """The JSON types a schema allows ("null" for nullable; "ref:Name" for a model)."""
    if not isinstance(schema, dict):
        return frozenset()
    if "$ref" in schema:
        _, name = spec.deref(schema)
        return frozenset({f"ref:{name}"}) if name else _types(spec, spec.deref(schema)[0])
    found: set[str] = set()
    declared = schema.get("type")
    if isinstance(declared, str):
        found.add(declared)
    elif isinstance(declared, list):
        found.update(declared)
    if schema.get("nullable"):
        found.add("null")
    for key in ("anyOf", "oneOf"):
        for member in schema.get(key) or []:
            found |= _types(spec, member)
    return frozenset(found)


def _accepts(types: frozenset[str], json_type: str) -> bool:
    return json_type in types or (json_type == "integer" and "number" in types)


def _schema(
    old: Spec,
    new: Spec,
    before: Any,
    after: Any,
    sides: frozenset[Side],
    subject: Subject,
    where: str,
    *,
    follow: bool = False,
) -> Iterator[Change]:
    """The changes between two schemas at one place. `follow`: this is a component schema
    itself; elsewhere a `$ref` to the same component stops here (it is compared once, as a
    component, with every side it is used on)."""
    if before is None or after is None:
        if before != after:
            change = "added" if after else "removed"
            yield Change(Level.BREAKING, f"{where}: schema {change}", subject)
        return
    old_types, new_types = _types(old, before), _types(new, after)
    if old_types != new_types:
        yield from _type_change(old_types, new_types, sides, subject, where)
    if not follow and any(t.startswith("ref:") for t in old_types | new_types):
        return  # a component schema: compared once, on its own, with all its sides
    yield from _enum(before, after, subject, where)
    yield from _constraints(before, after, sides, subject, where)
    yield from _properties(old, new, before, after, sides, subject, where)
    if "items" in before or "items" in after:
        yield from _schema(
            old,
            new,
            before.get("items"),
            after.get("items"),
            sides,
            _field(subject, "[]"),
            f"{where} items",
        )


def _type_change(
    old_types: frozenset[str],
    new_types: frozenset[str],
    sides: frozenset[Side],
    subject: Subject,
    where: str,
) -> Iterator[Change]:
    old_null, new_null = "null" in old_types, "null" in new_types
    before, after = old_types - {"null"}, new_types - {"null"}
    if old_null != new_null:
        if new_null:
            level = by_side(sides, input=Level.ADDITIVE, output=Level.BREAKING)
            yield Change(level, f"{where} became nullable", subject)
        else:
            level = by_side(sides, input=Level.BREAKING, output=Level.ADDITIVE)
            yield Change(level, f"{where} is no longer nullable", subject)
    if before == after:
        return
    text = f"{where}: type {_type_text(before)} became {_type_text(after)}"
    # No type at all accepts anything.
    widened = not after or (bool(before) and all(_accepts(after, t) for t in before))
    narrowed = not before or all(_accepts(before, t) for t in after)
    if widened:
        yield Change(
            by_side(sides, input=Level.ADDITIVE, output=Level.BREAKING),
            f"{text} (widened)",
            subject,
        )
    elif narrowed:
        yield Change(
            by_side(sides, input=Level.BREAKING, output=Level.ADDITIVE),
            f"{text} (narrowed)",
            subject,
        )
    else:
        yield Change(Level.BREAKING, text, subject)


def _type_text(types: frozenset[str]) -> str:
    return " | ".join(sorted(t.removeprefix("ref:") for t in types)) or "any"


def _enum(before: Any, after: Any, subject: Subject, where: str) -> Iterator[Change]:
    if "enum" not in before and "enum" not in after:
        return
    old_values, new_values = before.get("enum") or [], after.get("enum") or []

    def value_of(value: Any) -> Subject:
        if subject.kind == "field":
            return Subject("enum", subject.key, str(value), subject.path)
        return subject  # a parameter's or a body's own enum: the argument is the name

    for value in old_values:
        if value not in new_values:
            text = f"{where}: enum value `{value}` removed"
            yield Change(Level.BREAKING, text, value_of(value), removed=True)
    for value in new_values:
        if value not in old_values:
            text = f"{where}: enum value `{value}` added"
            yield Change(Level.ADDITIVE, text, value_of(value), added=True)


def _constraints(
    before: Any, after: Any, sides: frozenset[Side], subject: Subject, where: str
) -> Iterator[Change]:
    for key in (*MIN_KEYS, *MAX_KEYS, "pattern", "format", "default", "deprecated"):
        if before.get(key) == after.get(key):
            continue
        text = f"{where}: `{key}` {before.get(key)!r} became {after.get(key)!r}"
        if key == "format":
            # The generator maps formats to Python types (date-time -> datetime, ...).
            yield Change(Level.BREAKING, text, subject)
        elif key in ("default", "deprecated"):
            level = by_side(sides, input=Level.ADDITIVE, output=Level.PATCH)
            yield Change(level, text, subject)
        else:
            tighter = _tightens(key, before.get(key), after.get(key))
            level = by_side(
                sides,
                input=Level.BREAKING if tighter else Level.ADDITIVE,
                output=Level.PATCH,
            )
            yield Change(level, f"{text} ({'tighter' if tighter else 'looser'})", subject)


def _tightens(key: str, before: Any, after: Any) -> bool:
    if after is None:
        return False  # a limit removed
    if before is None or key == "pattern":
        return True  # a limit added, or a pattern changed (cannot tell: assume tighter)
    return bool(after > before) if key in MIN_KEYS else bool(after < before)


def _properties(
    old: Spec,
    new: Spec,
    before: Any,
    after: Any,
    sides: frozenset[Side],
    subject: Subject,
    where: str,
) -> Iterator[Change]:
    old_props = before.get("properties") or {}
    new_props = after.get("properties") or {}
    old_required = set(before.get("required") or [])
    new_required = set(after.get("required") or [])
    for name in [*old_props, *(n for n in new_props if n not in old_props)]:
        here = _field(subject, name)
        text = f"{where} field `{name}`" if not where.endswith("`") else f"{where[:-1]}.{name}`"
        if name not in new_props:
            yield Change(Level.BREAKING, f"{text} removed", here, removed=True)
            continue
        required = name in new_required
        if name not in old_props:
            level = by_side(
                sides, input=Level.BREAKING if required else Level.ADDITIVE, output=Level.ADDITIVE
            )
            kind = "required" if required else "optional"
            yield Change(level, f"{kind} field {text} added", here, added=True)
            continue
        if (name in old_required) != required:
            if required:
                level = by_side(sides, input=Level.BREAKING, output=Level.ADDITIVE)
                yield Change(level, f"{text} became required", here)
            else:
                level = by_side(sides, input=Level.ADDITIVE, output=Level.BREAKING)
                yield Change(level, f"{text} became optional", here)
        yield from _schema(old, new, old_props[name], new_props[name], sides, here, text)


def _field(subject: Subject, name: str) -> Subject:
    return Subject(subject.kind, subject.key, subject.name, (*subject.path, name))


# --- the safety net ---------------------------------------------------------------------------


def _is_doc(pointer: str) -> bool:
    *_, parent, key = ["", *pointer.split("/")]
    return key in DOC_KEYS and parent != "properties"


def _strip_docs(node: Any, parent: str = "") -> Any:
    """The spec without its documentation (a field named `description` stays)."""
    if isinstance(node, dict):
        return {
            k: _strip_docs(v, k)
            for k, v in node.items()
            if k not in DOC_KEYS or parent == "properties"
        }
    if isinstance(node, list):
        return [_strip_docs(v) for v in node]
    return node


def _differences(before: Any, after: Any, pointer: str = "") -> Iterator[str]:
    """JSON pointers to the differing leaves (a list of another length: the list)."""
    if isinstance(before, dict) and isinstance(after, dict):
        for key in [*before, *(k for k in after if k not in before)]:
            step = str(key).replace("~", "~0").replace("/", "~1")
            yield from _differences(before.get(key), after.get(key), f"{pointer}/{step}")
    elif isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        for index, (old, new) in enumerate(zip(before, after, strict=True)):
            yield from _differences(old, new, f"{pointer}/{index}")
    elif before != after:
        yield pointer or "/"

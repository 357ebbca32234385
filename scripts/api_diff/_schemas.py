"""The rules for schemas: component schemas, and the schemas of parameters, bodies and
results, compared with the sides (input, output) they are on."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ._spec import Change, Level, Side, Spec, Subject, by_side

BOTH: frozenset[Side] = frozenset({"input", "output"})
# Constraint keywords; "min" ones tighten when they grow, "max" ones when they shrink.
MIN_KEYS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
MAX_KEYS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")


def component_schemas(old: Spec, new: Spec) -> Iterator[Change]:
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
            yield from compare_schema(
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


def compare_schema(
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
        yield from compare_schema(
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
        yield from compare_schema(old, new, old_props[name], new_props[name], sides, here, text)


def _field(subject: Subject, name: str) -> Subject:
    return Subject(subject.kind, subject.key, subject.name, (*subject.path, name))

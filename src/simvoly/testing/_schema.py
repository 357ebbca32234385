"""Checks of request bodies and parameters against openapi.yaml's schemas, as data.

The schemas are the plain JSON-Schema-like dicts of the generated tables
(`simvoly._generated.sandbox_tables`, written by `make generate` from openapi.yaml): the
wheel ships no spec and no YAML parser, and nothing here restates a field, an enum or a
limit. `check()` reads `type`, `nullable`, `properties`/`required`, `items`, `enum`,
`const`, `format` (email, uri; int32/int64 for integers: the client's rules,
`simvoly._formats`), `minimum`/`maximum`,
`minLength`/`maxLength` and `minItems`/`maxItems`. A check that fails raises
`ApiError(400)` naming the field. Valid objects come back holding only the fields the
schema declares (unknown fields are ignored, as the spec allows them).

One rule is the SDK's rather than JSON Schema's: a required string must not be blank,
as the client's own argument checks refuse it too (`simvoly._resource.check_required`).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from typing import Any, Final

from simvoly._formats import INTEGER_BITS, format_problem

from ._errors import bad_request

__all__ = ["Schema", "check", "from_text", "text_fields"]

#: A plain schema of the generated tables.
Schema = Mapping[str, Any]

_INTEGER_TEXT: Final = re.compile(r"-?[0-9]+")
# JSON Schema's integers are unbounded; the API's are 32- or 64-bit, by their format (the
# client's rules, simvoly._formats). An integer without one (ids, counts) is 64-bit, the
# widest the API stores.
_DEFAULT_INTEGER: Final = "int64"


def check(schema: Schema, where: str, value: Any, *, required: bool = False) -> Any:
    """`value` if `schema` accepts it (objects: only their declared fields), else a 400.

    `where` names the value in the message (`body`, `tags[0]`, `billingAddress.city`);
    `required` says that the value is a required field (a blank string is refused).
    """
    if value is None and schema.get("nullable"):
        return None
    # The enum before the type: "must be one of ..." says what to send.
    if "enum" in schema and value not in schema["enum"]:
        raise bad_request(f"{where} must be one of {', '.join(map(str, schema['enum']))}")
    if "const" in schema and value != schema["const"]:
        raise bad_request(f"{where} must be {json.dumps(schema['const'])}")
    kind = schema.get("type")
    return value if kind is None else _TYPES[kind](schema, where, value, required)


def from_text(schema: Schema, name: str, text: str) -> Any:
    """A path or query parameter's value, from its text, checked against `schema`."""
    kind = schema.get("type")
    value: Any = text
    if kind == "integer":
        if not _INTEGER_TEXT.fullmatch(text):
            raise bad_request(f"{name} must be a {_bits(schema)}-bit integer")
        value = int(text)
    elif kind == "number":
        try:
            value = float(text)
        except ValueError:
            raise bad_request(f"{name} must be a number") from None
    elif kind == "boolean":
        if text.lower() not in ("true", "false"):
            raise bad_request(f"{name} must be true or false")
        value = text.lower() == "true"
    return check(schema, name, value)


def text_fields(schema: Schema) -> tuple[str, ...]:
    """The names of an object schema's plain text fields: strings with no format or enum."""
    return tuple(
        name
        for name, field in schema["properties"].items()
        if field.get("type") == "string" and "format" not in field and "enum" not in field
    )


def _string(schema: Schema, where: str, value: Any, required: bool) -> str:
    if not isinstance(value, str):
        raise bad_request(f"{where} must be a string")
    if required and not value.strip():
        raise bad_request(f"{where} must not be empty")
    _check_size(schema, where, len(value), "minLength", "maxLength", "character(s)")
    problem = format_problem(schema.get("format", ""), value)
    if problem is not None:
        raise bad_request(f"{where} {problem}")
    return value


def _integer(schema: Schema, where: str, value: Any, required: bool) -> int:
    form = _integer_format(schema)
    if isinstance(value, bool) or not isinstance(value, int) or format_problem(form, value):
        raise bad_request(f"{where} must be a {_bits(schema)}-bit integer")
    _check_range(schema, where, value)
    return value


def _number(schema: Schema, where: str, value: Any, required: bool) -> float:
    # json.loads reads NaN and Infinity, which no JSON answer could carry back.
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or (isinstance(value, float) and not math.isfinite(value))
    ):
        raise bad_request(f"{where} must be a number")
    _check_range(schema, where, value)
    return value


def _boolean(schema: Schema, where: str, value: Any, required: bool) -> bool:
    if not isinstance(value, bool):
        raise bad_request(f"{where} must be true or false")
    return value


def _array(schema: Schema, where: str, value: Any, required: bool) -> list[Any]:
    if not isinstance(value, list):
        raise bad_request(f"{where} must be an array")
    _check_size(schema, where, len(value), "minItems", "maxItems", "item(s)")
    items = schema.get("items", {})
    return [check(items, f"{where}[{index}]", item) for index, item in enumerate(value)]


def _object(schema: Schema, where: str, value: Any, required: bool) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise bad_request(f"{where} must be a JSON object")
    wanted = schema.get("required", ())
    for name in wanted:
        if name not in value:
            raise bad_request(f"{_join(where, name)} is required")
    return {
        name: check(field, _join(where, name), value[name], required=name in wanted)
        for name, field in schema.get("properties", {}).items()
        if name in value
    }


_TYPES: Final[dict[str, Callable[[Schema, str, Any, bool], Any]]] = {
    "string": _string,
    "integer": _integer,
    "number": _number,
    "boolean": _boolean,
    "array": _array,
    "object": _object,
}


def _integer_format(schema: Schema) -> str:
    """The integer format of `schema`, by which its range is checked: int64 by default."""
    form = schema.get("format", "")
    return form if form in INTEGER_BITS else _DEFAULT_INTEGER


def _bits(schema: Schema) -> int:
    return INTEGER_BITS[_integer_format(schema)]


def _check_range(schema: Schema, where: str, value: float) -> None:
    low, high = schema.get("minimum"), schema.get("maximum")
    if (low is not None and value < low) or (high is not None and value > high):
        raise bad_request(_bounds(where, low, high, ""))


def _check_size(schema: Schema, where: str, size: int, least: str, most: str, unit: str) -> None:
    low, high = schema.get(least), schema.get(most)
    if (low is not None and size < low) or (high is not None and size > high):
        raise bad_request(_bounds(where, low, high, f" {unit}"))


def _bounds(where: str, low: float | None, high: float | None, unit: str) -> str:
    verb = "have" if unit else "be"
    if high is None:
        return f"{where} must {verb} at least {low}{unit}"
    if low is None:
        return f"{where} must {verb} at most {high}{unit}"
    if unit:
        return f"{where} must have {low} to {high}{unit}"
    return f"{where} must be between {low} and {high}"


def _join(where: str, name: str) -> str:
    return f"{where}.{name}" if where != "body" else name

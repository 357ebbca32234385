"""Reading answers and webhook bodies whatever their shape: tolerant by default, strict on request.

The server is the truth, not openapi.yaml. Every generated model's `from_dict()` reads a
JSON object in one of two modes:

- Tolerant (the default). `null` in a nullable field is None; anywhere else it reads as
  absent (`UNSET`). A value of the wrong JSON type (a string for a number, an object for
  a list, a number for an enum...) reads as absent too. A list item that cannot be read
  is left out of the typed list. Nothing is lost: every value that came and is not in its
  typed field is kept in the model's `additional_properties` under its JSON name (for a
  list with items left out, the whole list as received), so `order["items"]` reaches it
  and `to_dict()` gives it back. Each wrong type logs one WARNING per model and field per
  process on the `simvoly` logger, naming the model, the field, what the spec expects and
  the JSON type that came, never the value (answers hold personal data); a null logs
  once at DEBUG only (it carries no value). An empty object where the spec says `{}`
  means none (`x-simvoly-empty-object-is-absent`) reads as absent, no deviation. Only a record
  whose required field (its `id`) is missing, null or mistyped cannot be built: a list
  drops it (with the warning), and a single record raises `SpecDeviationError`. Page
  envelopes and plain arrays of answers are read by `read_page()` and `read_list()`,
  which never raise in this mode.
- Strict (`strict=True`). The first deviation from the spec raises `SpecDeviationError`,
  naming the model, the JSON path (`Order.items[2].price`), what was expected and the
  JSON type that came. Fields the spec does not list and enum values it does not list
  are not deviations (the spec allows the former; the latter are kept as pseudo-members).

`deviations(model, payload)` reads a payload without raising and lists every deviation,
unknown fields and enum values included: the material of a drift report.

The generated `from_dict()` first tries a fast path that only checks types (`type(v) is
int`): a valid record costs barely more than reading it unchecked. Any doubt sends the
record to `read()` here, which reads it field by field with the generated description of
the model (`register()`): the rules above live in this module alone.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable, Mapping
from enum import Enum, StrEnum
from typing import Any, Final, Generic, NamedTuple, TypeVar, cast

import attrs

from ._checks import is_int
from ._logging import logger

__all__ = [
    "BOOLEAN",
    "INTEGER",
    "NUMBER",
    "NUMBER_TYPES",
    "STRING",
    "Deviation",
    "DeviationKind",
    "Fallback",
    "Field",
    "Kind",
    "PageData",
    "SpecDeviationError",
    "deviations",
    "enum_members",
    "enum_of",
    "fields_of",
    "json_type",
    "list_of",
    "model_in",
    "model_of",
    "read",
    "read_list",
    "read_page",
    "register",
]

M = TypeVar("M")
E = TypeVar("E", bound=Enum)
T = TypeVar("T")

#: The Python types a JSON number decodes to (a JSON boolean is not one).
NUMBER_TYPES: Final = (int, float)


class SpecDeviationError(ValueError):
    """A payload deviates from openapi.yaml where it cannot be read honestly.

    Raised by `from_dict(..., strict=True)` for any deviation, and in the default mode
    for a record whose required field is missing, null or of the wrong type. The message
    names the JSON path and the JSON types, never a value.

    Attributes:
        model: The model whose field deviates (`OrderItem`).
        path: The JSON path from the model read (`Order.items[2].price`).
        expected: What the spec expects there (`number`, `Address (object)`).
        got: The JSON type that came (`string`, `null`), or `missing`.
    """

    model: str
    path: str
    expected: str
    got: str

    def __init__(self, model: str, path: str, expected: str, got: str) -> None:
        super().__init__(f"{path}: expected {expected}, got {got}")
        self.model = model
        self.path = path
        self.expected = expected
        self.got = got

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.model, self.path, self.expected, self.got))


class DeviationKind(StrEnum):
    """How a payload deviates from the spec."""

    #: A required field is absent.
    MISSING = "missing"
    #: `null` where the spec does not allow it.
    NULL = "null"
    #: A value of another JSON type than the spec's.
    TYPE = "type"
    #: A field the spec does not list (allowed; reported by `deviations()` only).
    UNKNOWN_FIELD = "unknown_field"
    #: An enum value the spec does not list (kept; reported by `deviations()` only).
    UNKNOWN_ENUM = "unknown_enum"


@attrs.frozen
class Deviation:
    """One deviation of a payload from the spec, as `deviations()` reports it.

    Attributes:
        kind: What kind of deviation.
        model: The model whose field deviates.
        path: The JSON path from the model read (`Order.items[2].price`).
        expected: What the spec expects there.
        got: The JSON type that came, or `missing`. Never a value.
    """

    kind: DeviationKind
    model: str
    path: str
    expected: str
    got: str


def json_type(value: object) -> str:
    """The JSON type of a decoded value: `null`, `boolean`, `integer`, `number`, ..."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


class Fallback(Exception):  # noqa: N818 - a signal between generated code and read(), not an error
    """Raised by a generated fast path that met something it does not read itself."""


# -- the description of a model, written by the generated code ---------------------------


class Kind:
    """How one JSON value is read: a scalar, an enum, a nested model, a list of one of these."""

    __slots__ = ("expected",)

    #: What the spec expects, for messages: `integer`, `Address (object)`, ...
    expected: str

    def read(self, reader: _Reader, raw: object, at: _Where) -> object:
        raise NotImplementedError


class _Where(NamedTuple):
    """Where a value is read: the model whose field it is, the field, the JSON path."""

    model: str
    field: str
    path: str


class _Scalar(Kind):
    __slots__ = ("_accepts",)

    def __init__(self, expected: str, accepts: Callable[[object], bool]) -> None:
        self.expected = expected
        self._accepts = accepts

    def read(self, reader: _Reader, raw: object, at: _Where) -> object:
        if self._accepts(raw):
            return raw
        raise reader.report(DeviationKind.TYPE, at, self.expected, json_type(raw))


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_string(value: object) -> bool:
    return isinstance(value, str)


def _is_boolean(value: object) -> bool:
    return isinstance(value, bool)


INTEGER: Final[Kind] = _Scalar("integer", is_int)
#: An integer or a float (JSON does not tell `1` from `1.0`).
NUMBER: Final[Kind] = _Scalar("number", _is_number)
STRING: Final[Kind] = _Scalar("string", _is_string)
BOOLEAN: Final[Kind] = _Scalar("boolean", _is_boolean)


class _Enum(Kind):
    __slots__ = ("_cls", "_values")

    def __init__(self, cls: type[Enum]) -> None:
        self.expected = f"{cls.__name__} (string)"
        self._cls = cls
        self._values = frozenset(member.value for member in cls)

    def read(self, reader: _Reader, raw: object, at: _Where) -> object:
        if not isinstance(raw, str):
            raise reader.report(DeviationKind.TYPE, at, self.expected, json_type(raw))
        if raw not in self._values:
            # Kept as a pseudo-member (see templates/str_enum.py.jinja): not an error.
            reader.note(DeviationKind.UNKNOWN_ENUM, at, self.expected, "string")
        return self._cls(raw)


def enum_of(cls: type[Enum]) -> Kind:
    """A field holding a member of the StrEnum `cls` (unlisted strings are kept)."""
    return _Enum(cls)


def enum_members(cls: type[E]) -> dict[str, E]:
    """The members of `cls` by value: the generated fast path looks values up here."""
    return {member.value: member for member in cls}


class _Model(Kind):
    __slots__ = ("cls",)

    def __init__(self, cls: type[Any]) -> None:
        self.expected = f"{cls.__name__} (object)"
        self.cls = cls

    def read(self, reader: _Reader, raw: object, at: _Where) -> object:
        if not isinstance(raw, Mapping):
            raise reader.report(DeviationKind.TYPE, at, self.expected, json_type(raw))
        return reader.nested(self.cls, raw, at)


def model_of(cls: type[Any]) -> Kind:
    """A field holding an object read by the generated model `cls`."""
    return _Model(cls)


def model_in(kind: Kind) -> type[Any] | None:
    """The generated model a field of this kind holds, if it holds one object."""
    return kind.cls if isinstance(kind, _Model) else None


class _List(Kind):
    __slots__ = ("item",)

    def __init__(self, item: Kind) -> None:
        self.expected = f"array of {item.expected}"
        self.item = item

    def read(self, reader: _Reader, raw: object, at: _Where) -> object:
        if not isinstance(raw, list):
            raise reader.report(DeviationKind.TYPE, at, self.expected, json_type(raw))
        items: list[Any] = []
        first_problem: _Unreadable | None = None
        dropped = 0
        for index, value in enumerate(raw):
            where = at._replace(path=f"{at.path}[{index}]")
            try:
                if value is None:
                    raise reader.report(DeviationKind.NULL, where, self.item.expected, "null")
                items.append(self.item.read(reader, value, where))
            except _Unreadable as problem:
                first_problem = first_problem or problem
                dropped += 1
        if first_problem is not None:
            raise _Partial(items, dropped, first_problem)
        return items


def list_of(item: Kind) -> Kind:
    """A field holding an array of `item`s."""
    return _List(item)


class Field(NamedTuple):
    """One field of a model, as the generated code describes it.

    Attributes:
        json: The field's JSON name (`createdOn`).
        attr: The model's attribute (`created_on`).
        kind: How its value is read.
        required: The spec requires it: a record without it cannot be built.
        nullable: The spec allows `null` (read as None).
        empty_is_absent: An empty object `{}` means "none" (read as absent, no deviation):
            the spec's `x-simvoly-empty-object-is-absent`.
    """

    json: str
    attr: str
    kind: Kind
    required: bool = False
    nullable: bool = False
    empty_is_absent: bool = False


@attrs.frozen
class _ModelSpec:
    name: str
    fields: tuple[Field, ...]
    json_names: frozenset[str]
    by_attr: Mapping[str, Field]


_DESCRIBERS: dict[type[Any], Callable[[], Iterable[Field]]] = {}
_SPECS: dict[type[Any], _ModelSpec] = {}


def register(cls: type[Any], describe: Callable[[], Iterable[Field]]) -> None:
    """Record how `cls` is read: `describe()` lists its fields (called on first use, so
    that a model module may refer to models imported after it)."""
    _DESCRIBERS[cls] = describe


def fields_of(cls: type[Any]) -> tuple[Field, ...]:
    """The fields of the generated model `cls`, as openapi.yaml describes them."""
    return _spec(cls).fields


def _spec(cls: type[Any]) -> _ModelSpec:
    spec = _SPECS.get(cls)
    if spec is None:
        fields = tuple(_DESCRIBERS[cls]())
        spec = _ModelSpec(
            cls.__name__,
            fields,
            frozenset(field.json for field in fields),
            {field.attr: field for field in fields},
        )
        _SPECS[cls] = spec
    return spec


# -- reading -----------------------------------------------------------------------------


class _Unreadable(Exception):  # noqa: N818 - internal signal, never escapes this module
    """A value that cannot be read as its kind; carries the first deviation found in it."""

    def __init__(self, model: str, path: str, expected: str, got: str) -> None:
        super().__init__(path)
        self.model, self.path, self.expected, self.got = model, path, expected, got

    def describe(self) -> str:
        return f"{self.path}: expected {self.expected}, got {self.got}"

    def error(self) -> SpecDeviationError:
        return SpecDeviationError(self.model, self.path, self.expected, self.got)


class _Partial(Exception):  # noqa: N818 - internal signal, never escapes this module
    """A list read with some of its items left out."""

    def __init__(self, items: list[Any], dropped: int, problem: _Unreadable) -> None:
        super().__init__(problem.path)
        self.items, self.dropped, self.problem = items, dropped, problem


class _Mode(StrEnum):
    TOLERANT = "tolerant"
    STRICT = "strict"
    COLLECT = "collect"


class _Reader:
    """Reads payloads in one mode; in COLLECT mode, `found` gathers every deviation."""

    __slots__ = ("found", "mode")

    def __init__(self, mode: _Mode) -> None:
        self.mode = mode
        self.found: list[Deviation] = []

    def report(self, kind: DeviationKind, at: _Where, expected: str, got: str) -> _Unreadable:
        """A deviation that makes a value unreadable: raised at once when strict."""
        if self.mode is _Mode.STRICT:
            raise SpecDeviationError(at.model, at.path, expected, got)
        if self.mode is _Mode.COLLECT:
            self.found.append(Deviation(kind, at.model, at.path, expected, got))
        return _Unreadable(at.model, at.path, expected, got)

    def note(self, kind: DeviationKind, at: _Where, expected: str, got: str) -> None:
        """A deviation that reads fine (an unknown field or enum value)."""
        if self.mode is _Mode.COLLECT:
            self.found.append(Deviation(kind, at.model, at.path, expected, got))

    def tell(self, at: _Where, message: str, level: int = logging.WARNING) -> None:
        """Log what tolerant reading did with an odd value (once per model and field)."""
        if self.mode is _Mode.TOLERANT:
            _log_once(at.model, at.field, level, message)

    def nested(self, cls: type[Any], raw: Mapping[str, Any], at: _Where) -> object:
        """A nested record; `_Unreadable` when it cannot be built."""
        if self.mode is not _Mode.TOLERANT:
            return self.build(cls, raw, at.path)
        try:  # the generated fast path; it logs about its own fields
            return cls.from_dict(raw)
        except SpecDeviationError as error:
            # Its path starts at the nested model (`Contact.id`): say where that is.
            path = at.path + error.path.removeprefix(cls.__name__)
            raise _Unreadable(error.model, path, error.expected, error.got) from None

    def build(self, cls: type[M], src: Mapping[str, Any], path: str) -> M:
        """Read `src` as a `cls` field by field; `_Unreadable` when it cannot be built."""
        spec = _spec(cls)
        values: dict[str, object] = {}
        kept: dict[str, Any] = {}
        failure: _Unreadable | None = None
        for field in spec.fields:
            at = _Where(spec.name, field.json, f"{path}.{field.json}")
            if field.json not in src:
                if field.required:
                    problem = self.report(DeviationKind.MISSING, at, field.kind.expected, "missing")
                    failure = failure or problem
                continue
            raw = src[field.json]
            if raw is None:
                if field.nullable:
                    values[field.attr] = None
                    continue
                problem = self.report(DeviationKind.NULL, at, field.kind.expected, "null")
                if field.required:
                    failure = failure or problem
                else:
                    kept[field.json] = raw
                    self.tell(at, f"{_name(at)} is null; read as absent (UNSET)", logging.DEBUG)
                continue
            if field.empty_is_absent and isinstance(raw, Mapping) and not raw:
                kept[field.json] = raw  # the spec's "{} means none": not a deviation
                continue
            try:
                values[field.attr] = field.kind.read(self, raw, at)
            except _Partial as partial:
                values[field.attr] = partial.items
                kept[field.json] = raw
                self.tell(
                    at,
                    f"{_left_out(at, partial)}; the whole list is kept in "
                    f"additional_properties[{field.json!r}]",
                )
            except _Unreadable as problem:
                if field.required:
                    failure = failure or problem
                    continue
                kept[field.json] = raw
                self.tell(
                    at,
                    f"{problem.describe()}; read as absent (UNSET), the value is kept in "
                    f"additional_properties[{field.json!r}]",
                )
        for key, value in src.items():
            if key not in spec.json_names:
                kept[key] = value
                where = _Where(spec.name, key, f"{path}.{key}")
                self.note(DeviationKind.UNKNOWN_FIELD, where, "no such field", json_type(value))
        if failure is not None:
            raise failure
        record = cls(**values)
        if kept:
            # Every generated model has it; M is any model class here.
            record.additional_properties = kept  # type: ignore[attr-defined]
        return record


_TOLERANT: Final = _Reader(_Mode.TOLERANT)
_STRICT: Final = _Reader(_Mode.STRICT)


def _name(at: _Where) -> str:
    return f"{at.model}.{at.field}" if at.field else at.model


def _left_out(at: _Where, partial: _Partial) -> str:
    return (
        f"{_name(at)}: left out {partial.dropped} item(s) that cannot be read "
        f"({partial.problem.describe()})"
    )


_logged: set[tuple[str, str]] = set()


def _log_once(model: str, field: str, level: int, message: str) -> None:
    """Log `message` for the first odd value of `model.field` in this process only."""
    key = (model, field)
    if key not in _logged:
        _logged.add(key)
        logger.log(level, "%s (logged once per field)", message)


def read(cls: type[M], src: object, strict: bool) -> M:
    """Read `src` as a `cls` by the rules of the module docstring.

    The generated `from_dict()` calls this when its fast path meets anything unusual.

    Raises:
        SpecDeviationError: `src` is not an object or a required field cannot be read;
            with `strict`, any deviation.
    """
    name = cls.__name__
    if not isinstance(src, Mapping):
        raise SpecDeviationError(name, name, f"{name} (object)", json_type(src))
    try:
        return (_STRICT if strict else _TOLERANT).build(cls, src, name)
    except _Unreadable as problem:
        raise problem.error() from None


def deviations(cls: type[Any], payload: object) -> list[Deviation]:
    """Every deviation of `payload` from the spec of the model `cls`, in reading order.

    Null where the spec does not allow it, missing required fields, wrong JSON types,
    unknown fields and unknown enum values, nested ones included. Never raises for the
    payload's shape; reports JSON types, never values.
    """
    name = cls.__name__
    reader = _Reader(_Mode.COLLECT)
    if not isinstance(payload, Mapping):
        where = _Where(name, "", name)
        reader.report(DeviationKind.TYPE, where, f"{name} (object)", json_type(payload))
    else:
        with contextlib.suppress(_Unreadable):  # already in `found`, where it was met
            reader.build(cls, payload, name)
    return reader.found


# -- plain lists and pages ------------------------------------------------------------------


def read_list(cls: type[M], data: object, strict: bool) -> list[M]:
    """A plain JSON array of `cls` records (member groups, webhooks...).

    Tolerant: an item that cannot be read is left out, and an answer that is not an
    array reads as no items, each with a warning. Strict: either raises.
    """
    fast = _records(cls, data, strict)
    if fast is not None:
        return fast
    root = f"list[{cls.__name__}]"
    reader = _STRICT if strict else _TOLERANT
    at = _Where(root, "", root)
    items: list[Any]
    try:
        items = cast(list[Any], _List(_Model(cls)).read(reader, data, at))
    except _Partial as partial:
        items = partial.items
        reader.tell(at, _left_out(at, partial))
    except _Unreadable as problem:
        items = []
        reader.tell(at, f"{problem.describe()}; read as no items")
    return items


def _records(cls: type[M], data: object, strict: bool) -> list[M] | None:
    """A list of `cls` records read at the speed of the generated fast path, or None when
    some item needs a closer look (`read_list` and `read_page` then read it item by item)."""
    if type(data) is not list:
        return None
    from_dict = cls.from_dict  # type: ignore[attr-defined]  # every generated model has it
    try:
        return [from_dict(item, strict=strict) for item in data]
    except SpecDeviationError:
        return None


@attrs.frozen
class PageData(Generic[T]):
    """The two envelope fields pagination needs: the page's items and the total, if known."""

    items: list[T]
    total_count: int | None


def read_page(page_cls: type[Any], data: object, strict: bool) -> PageData[Any]:
    """A page envelope (`{items, totalCount, limit, skip}`) of the generated `page_cls`.

    Strict: the envelope is read as `page_cls` (any deviation raises). Tolerant: `items`
    missing, null or not an array reads as no items, an item that cannot be read is left
    out, and a `totalCount` that is missing or not an integer reads as None (unknown),
    each with a warning; nothing raises.
    """
    if strict:
        page = page_cls.from_dict(data, strict=True)
        return PageData(page.items, page.total_count)
    spec = _spec(page_cls)
    items_field, total_field = spec.by_attr["items"], spec.by_attr["total_count"]
    if not isinstance(data, Mapping):
        at = _Where(spec.name, "", spec.name)
        got = json_type(data)
        _TOLERANT.tell(at, f"{spec.name}: expected an object, got {got}; read as an empty page")
        return PageData([], None)
    at = _Where(spec.name, items_field.json, f"{spec.name}.{items_field.json}")
    items: list[Any] = []
    if data.get(items_field.json) is None:
        got = "missing" if items_field.json not in data else "null"
        expected = items_field.kind.expected
        _TOLERANT.tell(at, f"{_name(at)}: expected {expected}, got {got}; read as no items")
    else:
        kind = cast(_List, items_field.kind)  # an envelope's items: a list of records
        raw_items = data[items_field.json]
        fast = _records(cast(_Model, kind.item).cls, raw_items, False)
        try:
            items = fast if fast is not None else kind.read(_TOLERANT, raw_items, at)  # type: ignore[assignment]  # a list kind reads a list
        except _Partial as partial:
            items = partial.items
            _TOLERANT.tell(at, _left_out(at, partial))
        except _Unreadable as problem:
            _TOLERANT.tell(at, f"{problem.describe()}; read as no items")
    total = data.get(total_field.json)
    if not is_int(total):
        got = "missing" if total_field.json not in data else json_type(total)
        at = _Where(spec.name, total_field.json, f"{spec.name}.{total_field.json}")
        _TOLERANT.tell(
            at,
            f"{_name(at)}: expected integer, got {got}; the total is unknown, so a walk "
            "goes on until a short or empty page",
        )
        total = None
    return PageData(items, total)

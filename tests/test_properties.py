"""Property-based tests: whatever JSON the API sends, parsing ends in a model or a
SimvolyError; every object the spec allows survives a round trip through its model, strict
or not; and every response and webhook model reads a valid payload with any one field
nulled, removed or wrongly typed: tolerantly keeping everything else, strictly naming the
field."""

from __future__ import annotations

import contextlib
import copy
import importlib
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import simvoly
from simvoly import UNSET, _tolerance, models
from simvoly._body import Body
from simvoly._call import Call
from simvoly._config import build_options
from simvoly._exchange import Exchange
from simvoly._generated.api.orders import get_order
from simvoly._generated.operations import OPERATIONS
from simvoly._tolerance import SpecDeviationError, deviations

from .spec import SPEC

SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


def from_schema(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values valid under an openapi.yaml schema (the subset this spec uses)."""
    if "$ref" in schema:
        return st.deferred(lambda: from_schema(SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]))
    if "anyOf" in schema:
        return st.one_of([from_schema(option) for option in schema["anyOf"]])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if isinstance(kind, list):  # e.g. [string, "null"]
        return st.one_of([from_schema({**schema, "type": one}) for one in kind])
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(min_value=schema.get("minimum"), max_value=schema.get("maximum"))
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False) | st.integers()
    if kind == "string":
        return st.text(max_size=12)
    if kind == "array":
        return st.lists(
            from_schema(schema["items"]), min_size=schema.get("minItems", 0), max_size=3
        )
    assert kind == "object", schema
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    return st.fixed_dictionaries(
        {name: from_schema(sub) for name, sub in properties.items() if name in required},
        optional={
            name: from_schema(sub) for name, sub in properties.items() if name not in required
        },
    )


OBJECT_SCHEMAS = sorted(name for name, schema in SCHEMAS.items() if schema.get("type") == "object")


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_valid_objects_round_trip_through_their_model(name: str, data: st.DataObject) -> None:
    value = data.draw(from_schema(SCHEMAS[name]))
    model = getattr(models, name)
    assert model.from_dict(value).to_dict() == value
    assert model.from_dict(value, strict=True).to_dict() == value
    assert deviations(model, value) == []


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), extra=st.dictionaries(st.text(max_size=8), JSON, max_size=3))
def test_fields_the_spec_does_not_know_are_kept(
    name: str, data: st.DataObject, extra: dict[str, Any]
) -> None:
    known = set(SCHEMAS[name].get("properties", {}))
    extra = {key: value for key, value in extra.items() if key not in known}
    value = {**data.draw(from_schema(SCHEMAS[name])), **extra}
    parsed = getattr(models, name).from_dict(value)
    assert parsed.additional_properties == extra
    assert parsed.to_dict() == value


OPTIONS = build_options(
    "AsyncSimvoly",
    api_key="k",
    site_url="https://mysite.simvoly.com",
    base_url=None,
    user_agent=None,
    timeout=5.0,
    max_retries=0,
    retry=None,
    max_response_bytes=1024 * 1024,
    strict=False,
)


def parse_answer(operation_id: str, parse: Any, response: httpx.Response) -> Any:
    """What a call of `operation_id` makes of a 200 `response`: a result, or an error."""
    call = Call(OPERATIONS[operation_id], "/x", {}, None, parse)
    exchange = Exchange(OPTIONS, call, query_in_url=True)
    answer = exchange.answered(response, Body(response.content))
    assert not isinstance(answer, float)  # a 200 is never retried
    return exchange.result(answer)


def operation_parsers() -> list[tuple[str, Any]]:
    parsers = []
    for item in SPEC["paths"].values():
        for method, op in item.items():
            if method in ("get", "put", "post"):
                tag = op["tags"][0].lower().replace(" ", "_")
                module = importlib.import_module(
                    f"simvoly._generated.api.{tag}.{op['operationId']}"
                )
                parsers.append((op["operationId"], module.parse_response))
    return parsers


@pytest.mark.parametrize(("operation_id", "parse"), operation_parsers())
@settings(max_examples=60, deadline=None)
@given(body=JSON)
def test_arbitrary_json_gives_a_model_or_a_simvoly_error(
    operation_id: str, parse: Any, body: Any
) -> None:
    request = httpx.Request("GET", "https://mysite.simvoly.com/api/site/x")
    response = httpx.Response(200, json=body, request=request)
    with contextlib.suppress(simvoly.SimvolyError):
        parse_answer(operation_id, parse, response)


@settings(max_examples=200, deadline=None)
@given(body=st.binary(max_size=64))
def test_arbitrary_bytes_give_a_model_or_a_simvoly_error(body: bytes) -> None:
    request = httpx.Request("GET", "https://mysite.simvoly.com/api/site/x")
    response = httpx.Response(200, content=body, request=request)
    with contextlib.suppress(simvoly.SimvolyError):
        parse_answer("get_order", get_order.parse_response, response)


# --- one field nulled, removed or wrongly typed ------------------------------------------------
#
# Derived from openapi.yaml alone (not from the generated code): the models of every 200
# answer and every webhook body, and everything they nest; a valid payload of each (its
# first example, or one built from its fields' examples); every field of it, top level and
# nested (list items too); and what the spec says of the field (required, nullable, type).


def _ref_name(schema: dict[str, Any]) -> str | None:
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[1] if ref else None


def _core(schema: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The schema of a field without its null, and whether null is allowed."""
    if "anyOf" in schema:
        others = [option for option in schema["anyOf"] if option.get("type") != "null"]
        assert len(others) == 1, schema
        return _core(others[0])[0], len(others) < len(schema["anyOf"])
    kind = schema.get("type")
    if isinstance(kind, list):
        (other,) = [one for one in kind if one != "null"]
        return {**schema, "type": other}, "null" in kind
    name = _ref_name(schema)
    return (SCHEMAS[name] if name else schema), False


def _reachable() -> list[str]:
    """The schemas of the 200 answers and webhook bodies, and the object schemas they nest."""
    roots = []
    for item in SPEC["paths"].values():
        for method, op in item.items():
            if method not in ("get", "put", "post", "delete"):
                continue
            content = op["responses"]["200"].get("content", {})
            schema = content.get("application/json", {}).get("schema", {})
            roots.append(schema.get("items", schema))
    roots += [
        item["post"]["requestBody"]["content"]["application/json"]["schema"]
        for item in SPEC["webhooks"].values()
    ]
    found: list[str] = []
    todo = [name for name in map(_ref_name, roots) if name]
    while todo:
        name = todo.pop()
        if name in found or SCHEMAS[name].get("type") != "object":
            continue
        found.append(name)
        for sub in SCHEMAS[name].get("properties", {}).values():
            core = _core(sub)[0]
            nested = [sub, *sub.get("anyOf", []), core.get("items", {})]
            todo += [ref for ref in map(_ref_name, nested) if ref]
    return sorted(found)


def _example(schema: dict[str, Any]) -> Any:
    """A valid value: the schema's first example, or one built from its parts."""
    core = _core(schema)[0]
    if core.get("examples"):
        return core["examples"][0]
    if "enum" in core:
        return core["enum"][0]
    kind = core["type"]
    if kind == "object":
        return {name: _example(sub) for name, sub in core.get("properties", {}).items()}
    if kind == "array":
        return [_example(core["items"])]
    return {"integer": 1, "number": 1.5, "string": "s", "boolean": True}[kind]


# A value of another JSON type than each type's.
WRONG = {"integer": "1", "number": "1.5", "string": 1, "boolean": "true", "array": {"a": 1}}
WRONG["object"] = ["x"]


@attrs.frozen
class Site:
    """One field of a payload: its path, its schema, and what the spec says of it."""

    path: tuple[str | int, ...]
    schema: dict[str, Any]
    nullable: bool
    required: bool  # a required field of its record
    # How each record along the path is held: "list" (an item) or "field" (an object).
    holders: tuple[str, ...]


def _sites(
    schema: dict[str, Any], value: Any, path: tuple[str | int, ...], holders: tuple[str, ...]
) -> list[Site]:
    core = _core(schema)[0]
    if core.get("type") == "array" and isinstance(value, list):
        found = []
        item_core, _ = _core(core["items"])
        for index, item in enumerate(value):
            if item_core.get("type") == "object":
                found += _sites(core["items"], item, (*path, index), (*holders, "list"))
            else:  # a plain item: null or the wrong type leaves it out
                found.append(Site((*path, index), item_core, False, True, (*holders, "list")))
        return found
    if core.get("type") != "object" or not isinstance(value, dict):
        return []
    found = []
    required = set(core.get("required", []))
    for name, sub in core.get("properties", {}).items():
        if name in value:
            sub_core, nullable = _core(sub)
            found.append(Site((*path, name), sub_core, nullable, name in required, holders))
            found += _sites(sub, value[name], (*path, name), (*holders, "field"))
    return found


def _mutated(payload: Any, path: tuple[str | int, ...], how: str, schema: dict[str, Any]) -> Any:
    payload = copy.deepcopy(payload)
    target = payload
    for key in path[:-1]:
        target = target[key]
    if how == "remove":
        del target[path[-1]]
    elif how == "null":
        target[path[-1]] = None
    else:
        target[path[-1]] = 1 if "enum" in schema else WRONG[schema["type"]]
    return payload


def _json_path(model: str, path: tuple[str | int, ...]) -> str:
    return model + "".join(f"[{key}]" if isinstance(key, int) else f".{key}" for key in path)


def _breaks_its_record(site: Site, how: str) -> bool:
    """Whether the change leaves the record holding the field without a readable required
    field (or, for a plain list item, unreadable)."""
    if how == "remove":
        return site.required and not isinstance(site.path[-1], int)
    if how == "null":
        return site.required and not site.nullable
    return site.required


def _deviates(site: Site, how: str) -> bool:
    if how == "remove":
        return site.required and not isinstance(site.path[-1], int)
    return not (how == "null" and site.nullable)


def _typed(model: Any) -> dict[str, Any]:
    """A model's typed fields, nested models and lists of them included (no extras)."""
    out = {}
    for name in attrs.fields_dict(type(model)):
        if name == "additional_properties":
            continue
        value = getattr(model, name)
        if isinstance(value, list):
            value = [_typed(item) if attrs.has(type(item)) else item for item in value]
        elif attrs.has(type(value)):
            value = _typed(value)
        out[name] = value
    return out


def _expected_typed(original: Any, site: Site, how: str) -> Any:
    """The typed fields `original` should have after the change, by the spec's rules."""
    expected = _typed(original)
    plain_item = isinstance(site.path[-1], int)  # it is left out itself
    broken = _breaks_its_record(site, how) and not plain_item
    # The record that goes absent or is left out: the one holding the field when the
    # change breaks it (the top one raises instead), else the field itself.
    depth = len(site.path) - 1 if broken else len(site.path)
    attrs_path = _attr_path(type(original), site.path[:depth])
    if not attrs_path:
        return expected
    holder: Any = expected  # dicts of typed fields and lists of them
    for key in attrs_path[:-1]:
        holder = holder[key]
    last = attrs_path[-1]
    if isinstance(last, int):
        del holder[last]  # a list item left out
    elif how == "null" and site.nullable and not broken:
        holder[last] = None
    else:
        holder[last] = UNSET
    return expected


def _attr_path(cls: Any, path: tuple[str | int, ...]) -> list[str | int]:
    """The attribute names (and list indexes) of a JSON path through `cls`."""
    out: list[str | int] = []
    for key in path:
        if isinstance(key, int):
            out.append(key)
            continue
        (field,) = [f for f in _tolerance.fields_of(cls) if f.json == key]
        out.append(field.attr)
        kind = field.kind
        while isinstance(kind, _tolerance._List):
            kind = kind.item
        cls = kind.cls if isinstance(kind, _tolerance._Model) else None
    return out


READABLE = _reachable()
HOW = ("null", "remove", "wrong")


@pytest.mark.parametrize("name", READABLE)
def test_any_one_field_nulled_removed_or_mistyped(name: str) -> None:
    model = getattr(models, name)
    payload = _example({"$ref": f"#/components/schemas/{name}"})
    original = model.from_dict(payload, strict=True)
    sites = _sites({"$ref": f"#/components/schemas/{name}"}, payload, (), ())
    assert sites, name
    checked = 0
    for site in sites:
        for how in HOW:
            if how == "remove" and isinstance(site.path[-1], int):
                continue  # a shorter list is no deviation
            changed = _mutated(payload, site.path, how, site.schema)
            where = f"{name}: {how} {_json_path(name, site.path)}"
            # Tolerant: never raises, except for the top record's own required field.
            if _breaks_its_record(site, how) and len(site.path) == 1:
                with pytest.raises(SpecDeviationError) as caught:
                    model.from_dict(changed)
                assert caught.value.path == _json_path(name, site.path), where
            else:
                read = model.from_dict(changed)
                assert read.to_dict() == changed, where  # nothing that came is lost
                assert _typed(read) == _expected_typed(original, site, how), where
            # Strict: raises naming the field, unless the change is no deviation.
            if _deviates(site, how):
                with pytest.raises(SpecDeviationError) as caught:
                    model.from_dict(changed, strict=True)
                assert caught.value.path == _json_path(name, site.path), where
            else:
                model.from_dict(changed, strict=True)
            checked += 1
    assert checked >= len(sites)


def test_the_mutation_tests_cover_every_response_and_webhook_model() -> None:
    assert {"Order", "OrderItem", "Address", "Booking", "Contact", "FormSubmittedEvent"} <= set(
        READABLE
    )
    assert {"ContactPage", "Webhook", "MemberSession", "SubscriberList"} <= set(READABLE)
    assert not {"ContactInput", "OrderUpdate", "WebhookInput"} & set(READABLE)


@pytest.mark.parametrize("name", READABLE)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_json_in_any_field_never_costs_the_record(name: str, data: st.DataObject) -> None:
    model = getattr(models, name)
    payload = _example({"$ref": f"#/components/schemas/{name}"})
    sites = [
        site
        for site in _sites({"$ref": f"#/components/schemas/{name}"}, payload, (), ())
        if not site.required and not isinstance(site.path[-1], int)
    ]
    if not sites:
        return
    site = data.draw(st.sampled_from(sites))
    changed = copy.deepcopy(payload)
    target = changed
    for key in site.path[:-1]:
        target = target[key]
    target[site.path[-1]] = data.draw(JSON)
    read = model.from_dict(changed)  # whatever came, the record is read
    assert read.to_dict() == changed


@pytest.mark.parametrize("name", READABLE)
def test_an_unknown_key_in_place_of_a_field_is_kept_and_the_field_absent(name: str) -> None:
    """An object with as many keys as the model has fields, one of them unknown (a field
    renamed by the server, say), is not taken for an exact one: the unknown key is kept,
    the missing field reads as absent, and every other field is read."""
    schema = SCHEMAS[name]
    model = getattr(models, name)
    whole = _example(schema)
    assert model.from_dict(whole).additional_properties == {}  # every field, none unknown
    required = set(schema.get("required", []))
    for missing in [field for field in whole if field not in required]:
        renamed = {key: value for key, value in whole.items() if key != missing}
        renamed[missing + "_renamed"] = whole[missing]
        parsed = model.from_dict(renamed)
        assert parsed.additional_properties == {missing + "_renamed": whole[missing]}
        assert parsed.to_dict() == renamed

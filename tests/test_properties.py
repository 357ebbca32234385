"""Property-based tests: whatever JSON the API sends, parsing ends in a model or a
SimvolyError; and every object the spec allows survives a round trip through its model."""

from __future__ import annotations

import contextlib
import importlib
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import simvoly
from simvoly import _sending, models
from simvoly._generated.api.orders import get_order

SPEC = yaml.safe_load((Path(__file__).resolve().parent.parent / "openapi.yaml").read_text())
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
        _sending._result(response, 0, parse)


@settings(max_examples=200, deadline=None)
@given(body=st.binary(max_size=64))
def test_arbitrary_bytes_give_a_model_or_a_simvoly_error(body: bytes) -> None:
    request = httpx.Request("GET", "https://mysite.simvoly.com/api/site/x")
    response = httpx.Response(200, content=body, request=request)
    with contextlib.suppress(simvoly.SimvolyError):
        _sending._result(response, 0, get_order.parse_response)

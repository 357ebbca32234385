"""The sandbox's checks: openapi.yaml's schemas, from the generated tables, keyword by keyword."""

from __future__ import annotations

import json
from typing import Any

import pytest

from simvoly._generated.sandbox_tables import BODIES
from simvoly.testing import Sandbox
from simvoly.testing._errors import ApiError
from simvoly.testing._schema import check, from_text, text_fields
from tests.spec import SPEC_OPERATIONS


def body_name(operation: dict[str, Any]) -> str | None:
    body = operation.get("requestBody", {}).get("content", {}).get("application/json")
    return body["schema"]["$ref"].rsplit("/", 1)[1] if body else None


def test_every_operation_of_the_spec_is_routed_with_its_body_schema() -> None:
    routes = {
        route.operation: (route.method, route.path, route.body)
        for route in Sandbox().app.router.routes
    }
    wanted = {
        operation_id: (method, path, body_name(operation))
        for operation_id, (method, path, operation) in SPEC_OPERATIONS.items()
    }
    assert routes == wanted, "the sandbox routes openapi.yaml's operations: run `make generate`"
    assert {route.body for route in Sandbox().app.router.routes} - {None} == set(BODIES)


STRING = {"type": "string"}
NOT_A_URI = "x must be an absolute URI (with a scheme, e.g. https://)"

#: (schema, value, the 400's message). `where` is "x" in each.
REFUSED: list[tuple[dict[str, Any], Any, str]] = [
    (STRING, 5, "x must be a string"),
    (STRING, None, "x must be a string"),
    ({"type": "string", "format": "email"}, "nobody", "x must be an email address"),
    ({"type": "string", "format": "uri"}, "/relative", NOT_A_URI),
    ({"type": "string", "format": "uri"}, "https://a.com/a b", NOT_A_URI),
    ({"type": "string", "minLength": 2}, "a", "x must have at least 2 character(s)"),
    ({"type": "string", "maxLength": 2}, "abc", "x must have at most 2 character(s)"),
    ({"type": "string", "minLength": 1, "maxLength": 2}, "", "x must have 1 to 2 character(s)"),
    ({"type": "integer"}, True, "x must be a 64-bit integer"),
    ({"type": "integer"}, 1.5, "x must be a 64-bit integer"),
    ({"type": "integer"}, 2**63, "x must be a 64-bit integer"),
    ({"type": "integer", "format": "int64"}, -(2**63) - 1, "x must be a 64-bit integer"),
    ({"type": "integer", "format": "int32"}, 2**31, "x must be a 32-bit integer"),
    ({"type": "integer", "minimum": 1, "maximum": 50}, 0, "x must be between 1 and 50"),
    ({"type": "integer", "minimum": 0}, -1, "x must be at least 0"),
    ({"type": "number", "maximum": 5}, 5.5, "x must be at most 5"),
    ({"type": "number"}, "1", "x must be a number"),
    ({"type": "number"}, False, "x must be a number"),
    ({"type": "number"}, float("nan"), "x must be a number"),
    ({"type": "number"}, float("inf"), "x must be a number"),
    ({"type": "boolean"}, 1, "x must be true or false"),
    ({"type": "string", "enum": ["a", "b"]}, "c", "x must be one of a, b"),
    ({"type": "string", "enum": ["a", "b"]}, 1, "x must be one of a, b"),
    ({"const": False}, True, "x must be false"),
    ({"type": "array", "items": STRING}, "a", "x must be an array"),
    ({"type": "array", "items": STRING}, ["a", 1], "x[1] must be a string"),
    ({"type": "array", "minItems": 1}, [], "x must have at least 1 item(s)"),
    ({"type": "object"}, [], "x must be a JSON object"),
    ({"type": "object", "required": ["a"]}, {}, "x.a is required"),
    (
        {"type": "object", "properties": {"a": STRING}, "required": ["a"]},
        {"a": " "},
        "x.a must not be empty",
    ),
    (
        {"type": "object", "properties": {"a": {"type": "object", "properties": {"b": STRING}}}},
        {"a": {"b": 1}},
        "x.a.b must be a string",
    ),
]


@pytest.mark.parametrize(("schema", "value", "message"), REFUSED)
def test_a_value_the_schema_refuses_is_a_400_naming_it(
    schema: dict[str, Any], value: Any, message: str
) -> None:
    with pytest.raises(ApiError) as caught:
        check(schema, "x", value)
    assert (caught.value.status, caught.value.message) == (400, message)


@pytest.mark.parametrize(
    ("schema", "value"),
    [
        (STRING, ""),  # only a required string must not be blank
        ({"type": "string", "format": "date"}, "soon"),  # a format it does not know
        ({"type": "integer", "format": "int64"}, -(2**63)),
        ({"type": "integer", "nullable": True}, None),
        ({"type": "string", "enum": ["a", None], "nullable": True}, None),
        ({"type": "number"}, 2),
        ({"type": "number"}, 10**400),  # a JSON number too large for a float
        ({}, {"anything": [1]}),
        ({"type": "array"}, [1, "a"]),
    ],
)
def test_a_value_the_schema_accepts_comes_back(schema: dict[str, Any], value: Any) -> None:
    assert check(schema, "x", value) == value


def test_objects_keep_only_their_declared_fields() -> None:
    checked = check(BODIES["MemberGroupInput"], "body", {"name": "A", "extra": 1})
    assert checked == {"name": "A"}
    member = {"name": "A", "email": "a@b", "billingAddress": {"city": "X", "planet": "Mars"}}
    assert check(BODIES["MemberInput"], "body", member)["billingAddress"] == {"city": "X"}
    with pytest.raises(ApiError, match=r"^billingAddress.city must be a string$"):
        check(BODIES["MemberInput"], "body", {**member, "billingAddress": {"city": 1}})


def test_order_status_is_checked_in_uppercase() -> None:
    status = BODIES["OrderUpdate"]["properties"]["status"]
    assert check(status, "status", "SHIPPED") == "SHIPPED"
    with pytest.raises(ApiError, match="status must be one of"):
        check(status, "status", "shipped")


@pytest.mark.parametrize(
    ("schema", "text", "value"),
    [
        ({"type": "integer"}, "-12", -12),
        ({"type": "number"}, "1.5", 1.5),
        ({"type": "boolean"}, "TRUE", True),
        ({"type": "boolean"}, "false", False),
        (STRING, "12", "12"),
        ({}, "x", "x"),
    ],
)
def test_parameters_are_read_from_their_text_by_type(
    schema: dict[str, Any], text: str, value: Any
) -> None:
    assert from_text(schema, "n", text) == value


@pytest.mark.parametrize(
    ("schema", "text", "message"),
    [
        ({"type": "integer"}, "ten", "n must be a 64-bit integer"),
        ({"type": "integer"}, "1.0", "n must be a 64-bit integer"),
        ({"type": "integer"}, str(2**63), "n must be a 64-bit integer"),
        ({"type": "integer", "maximum": 50}, "51", "n must be at most 50"),
        ({"type": "number"}, "x", "n must be a number"),
        ({"type": "number"}, "nan", "n must be a number"),
        ({"type": "boolean"}, "yes", "n must be true or false"),
        ({"type": "string", "format": "email"}, "x", "n must be an email address"),
    ],
)
def test_a_parameter_of_the_wrong_type_is_a_400(
    schema: dict[str, Any], text: str, message: str
) -> None:
    with pytest.raises(ApiError) as caught:
        from_text(schema, "n", text)
    assert caught.value.message == message


def test_text_fields_are_strings_without_format_or_enum() -> None:
    schema = {
        "type": "object",
        "properties": {
            "name": STRING,
            "email": {"type": "string", "format": "email"},
            "kind": {"type": "string", "enum": ["a"]},
            "count": {"type": "integer"},
            "note": {"type": "string", "nullable": True},
        },
    }
    assert text_fields(schema) == ("name", "note")


def test_messages_show_constants_as_json() -> None:
    with pytest.raises(ApiError, match=json.dumps(None)):
        check({"const": None}, "x", 1)

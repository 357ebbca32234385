"""The sandbox's routes and body checks, field by field against openapi.yaml (no drift)."""

from __future__ import annotations

from typing import Any

import pytest

from simvoly.testing import Sandbox
from simvoly.testing._errors import ApiError
from simvoly.testing._schema import INPUTS, Arr, Enum, Nullable, Obj, Str, Validator

from .conftest import spec

METHODS = ("get", "put", "post", "delete", "patch")


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def spec_operations() -> dict[str, tuple[str, str, str | None]]:
    """operationId -> (METHOD, path, name of the request body schema)."""
    found = {}
    for path, item in spec()["paths"].items():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            name = body["schema"]["$ref"].rsplit("/", 1)[1] if body else None
            found[operation["operationId"]] = (method.upper(), path, name)
    return found


def test_the_routes_are_the_37_operations_of_the_spec() -> None:
    routes = {
        route.operation: (route.method, route.path, route.body)
        for route in Sandbox().app.router.routes
    }
    assert len(routes) == 37
    assert routes == spec_operations()


def check_same(where: str, validator: Validator, schema: dict[str, Any]) -> None:
    schema = resolve(schema)
    if isinstance(validator, Nullable):
        assert schema["type"] == [validator.json_type, "null"], where
        check_same(where, validator.inner, {**schema, "type": validator.json_type})
        return
    assert validator.json_type == schema["type"], where
    if isinstance(validator, Enum):
        values = resolve(schema)["enum"]
        assert list(validator.values) == values, where
    elif isinstance(validator, Str):
        formats = {"email": "email", "uri": "uri", "http-url": "uri"}
        assert formats.get(validator.format or "") == schema.get("format"), where
    elif isinstance(validator, Arr):
        assert "minItems" not in schema, where  # the sandbox checks no length
        check_same(f"{where}[]", validator.items, schema["items"])
    elif isinstance(validator, Obj):
        assert set(validator.fields) == set(schema["properties"]), where
        assert set(validator.required) == set(schema.get("required", ())), where
        for name, field in validator.fields.items():
            check_same(f"{where}.{name}", field, schema["properties"][name])


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_each_body_check_matches_its_schema(name: str) -> None:
    check_same(name, INPUTS[name], {"$ref": f"#/components/schemas/{name}"})


def test_every_request_body_of_the_spec_is_checked() -> None:
    bodies = {body for _, _, body in spec_operations().values() if body}
    assert bodies == set(INPUTS)


def test_order_status_is_checked_in_uppercase() -> None:
    status = INPUTS["OrderUpdate"].fields["status"]
    assert status.check("status", "SHIPPED") == "SHIPPED"
    with pytest.raises(ApiError, match="status must be one of"):
        status.check("status", "shipped")


def test_objects_keep_only_their_declared_fields() -> None:
    checked = INPUTS["MemberGroupInput"].check("body", {"name": "A", "extra": 1})
    assert checked == {"name": "A"}
    nested = INPUTS["MemberInput"].check(
        "body", {"name": "A", "email": "a@b", "billingAddress": {"city": "X", "planet": "Mars"}}
    )
    assert nested["billingAddress"] == {"city": "X"}
    with pytest.raises(ApiError, match=r"^billingAddress.city must be a string$"):
        INPUTS["MemberInput"].check(
            "body", {"name": "A", "email": "a@b", "billingAddress": {"city": 1}}
        )

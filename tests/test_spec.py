"""openapi.yaml: valid, lint-clean, and complete against the API reference it was written from."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from .spec import ROOT, SPEC, SPEC_PATH

FIXTURES = Path(__file__).parent / "fixtures"
METHODS = ("get", "put", "post", "delete", "patch")


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return SPEC


def operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method.upper(), path): op
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }


def reference_operations() -> set[tuple[str, str]]:
    """Every (METHOD, path) row of the tables in api-reference.md."""
    rows = re.findall(
        r"^\|(?: \d+ \|)? (GET|POST|PUT|DELETE) \| (/[^ |]*)",
        (FIXTURES / "api-reference.md").read_text(),
        re.MULTILINE,
    )
    return set(rows)


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_spec_is_lint_clean_under_redocly() -> None:
    redocly = ROOT / "node_modules" / ".bin" / "redocly"
    if not redocly.exists():
        if shutil.which("npm") is None:
            pytest.skip("Node.js/npm is absent: cannot run the Redocly linter")
        pytest.fail("node_modules is not installed: run `make test` (it runs `npm ci`)")
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [str(redocly), "lint", "--format", "stylish", str(SPEC_PATH)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "REDOCLY_TELEMETRY": "off"},
        check=False,
    )
    # redocly.yaml extends recommended-strict: any finding, warning-level included, fails.
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_spec_has_the_operations_of_the_api_reference(spec: dict[str, Any]) -> None:
    reference, declared = reference_operations(), set(operations(spec))
    unsourced = [
        f"add a row `| {method} | {path} |` to tests/fixtures/api-reference.md, with the "
        f"public source of {method} {path}, or remove the operation from openapi.yaml"
        for method, path in sorted(declared - reference)
    ]
    assert not unsourced, "\n".join(unsourced)
    lacking = [
        f"openapi.yaml lacks {method} {path}, which tests/fixtures/api-reference.md lists: "
        "add the operation (or remove the row)"
        for method, path in sorted(reference - declared)
    ]
    assert not lacking, "\n".join(lacking)


def test_operation_ids_are_unique_snake_case_with_one_tag(spec: dict[str, Any]) -> None:
    ops = operations(spec)
    ids = [op["operationId"] for op in ops.values()]
    assert len(set(ids)) == len(ids)
    declared_tags = {tag["name"] for tag in spec["tags"]}
    for op in ops.values():
        assert re.fullmatch(r"[a-z]+(_[a-z]+)*", op["operationId"])
        assert len(op["tags"]) == 1
        assert op["tags"][0] in declared_tags


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def test_every_operation_documents_its_errors_with_the_error_schema(
    spec: dict[str, Any],
) -> None:
    for (method, path), op in operations(spec).items():
        codes = set(op["responses"])
        lookup = "{id}" in path or path.endswith("search-by-email")
        required = {"400", "401", "429", "500"} | ({"404"} if lookup else set())
        assert required <= codes, (method, path)
        for code in required:
            response = _resolve(spec, op["responses"][code])
            schema = response["content"]["application/json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/Error"}, (method, path, code)


def test_paging_parameters_carry_their_constraints(spec: dict[str, Any]) -> None:
    params = spec["components"]["parameters"]
    assert params["Limit"]["schema"] | {"description": None} == {
        "type": "integer",
        "minimum": 1,
        "maximum": 50,
        "default": 30,
        "description": None,
    }
    assert params["Skip"]["schema"]["minimum"] == 0
    assert params["Skip"]["schema"]["default"] == 0
    for (method, path), op in operations(spec).items():
        names = {_resolve(spec, p)["name"] for p in op.get("parameters", [])}
        if "limit" in names:
            assert "skip" in names, (method, path)
            page = _resolve(spec, op["responses"]["200"]["content"]["application/json"]["schema"])
            assert set(page["required"]) == {"items", "totalCount", "limit", "skip"}


def test_timestamps_are_int64_and_search_email_is_required(spec: dict[str, Any]) -> None:
    for op in operations(spec).values():
        for param in (_resolve(spec, p) for p in op.get("parameters", [])):
            if param["name"] in {"created_at_min", "created_at_max", "from", "to"}:
                assert param["schema"]["format"] == "int64"
            if param["name"] == "email":
                assert param["required"] is True
                assert param["schema"]["format"] == "email"
    create_product = spec["paths"]["/products"]["post"]
    (flag,) = create_product["parameters"]
    assert (flag["name"], flag["in"]) == ("update_existing_product_by_url", "query")


def test_security_servers_and_enums(spec: dict[str, Any]) -> None:
    assert spec["components"]["securitySchemes"]["bearerAuth"] == {
        **spec["components"]["securitySchemes"]["bearerAuth"],
        "type": "http",
        "scheme": "bearer",
    }
    (server,) = spec["servers"]
    assert server["url"] == "https://{domain}/api/site"
    assert "domain" in server["variables"]
    schemas = spec["components"]["schemas"]
    assert schemas["OrderStatus"]["enum"] == [
        "pending",
        "shipped",
        "completed",
        "canceled",
        "archived",
    ]
    assert schemas["OrderStatusUpdate"]["enum"] == [
        v.upper() for v in schemas["OrderStatus"]["enum"]
    ]
    assert schemas["ProductType"]["enum"] == ["physical", "digital", "service", "membership"]
    discount = schemas["Order"]["properties"]["discountType"]["anyOf"]
    assert {"type": "null"} in discount


def test_webhooks_section_lists_the_events_with_delivery_headers(spec: dict[str, Any]) -> None:
    events = spec["components"]["schemas"]["WebhookTopic"]["enum"]
    assert set(spec["webhooks"]) == set(events)
    for name, item in spec["webhooks"].items():
        headers = {_resolve(spec, p)["name"] for p in item["post"]["parameters"]}
        assert headers == {"X-Webhook-Topic", "X-Webhook-Source", "X-Webhook-Signature"}, name
        assert "$ref" in item["post"]["requestBody"]["content"]["application/json"]["schema"]


def _walk(node: Any, path: str = "") -> list[tuple[str, dict[str, Any]]]:
    """Every mapping of the document, with where it is."""
    found = []
    if isinstance(node, dict):
        found.append((path, node))
        for key, value in node.items():
            found += _walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _walk(value, f"{path}/{index}")
    return found


def test_every_fact_from_public_evidence_names_a_source_that_exists(spec: dict[str, Any]) -> None:
    sources = spec["x-sources"]
    cited = set()
    for where, node in _walk(spec):
        if "x-source" in node:
            keys = node["x-source"]
            assert isinstance(keys, list), where
            assert keys, where
            assert set(keys) <= set(sources), where
            cited |= set(keys)
    assert cited == set(sources)  # and every source is cited somewhere


def _response_only_schemas(spec: dict[str, Any]) -> set[str]:
    """Component schemas reached from answers and webhook bodies, never from a request."""

    def reach(roots: list[Any]) -> set[str]:
        names: set[str] = set()
        todo = list(roots)
        while todo:
            node = todo.pop()
            for _, mapping in _walk(node):
                ref = mapping.get("$ref", "")
                if ref.startswith("#/components/schemas/"):
                    name = ref.rsplit("/", 1)[1]
                    if name not in names:
                        names.add(name)
                        todo.append(spec["components"]["schemas"][name])
        return names

    answers, requests = [], []
    for op in operations(spec).values():
        answers.append(op["responses"])
        requests.append(op.get("requestBody", {}))
    answers += [item["post"]["requestBody"] for item in spec["webhooks"].values()]
    return reach(answers) - reach(requests)


def test_answers_carry_no_format_that_real_data_breaks_and_no_closed_item_type(
    spec: dict[str, Any],
) -> None:
    schemas = spec["components"]["schemas"]
    response_only = _response_only_schemas(spec)
    assert {"Contact", "Member", "Order", "Booking", "Operator"} <= response_only
    for name in response_only:
        for where, node in _walk(schemas[name], name):
            assert node.get("format") != "email", where
    assert schemas["ContactInput"]["properties"]["email"]["format"] == "email"  # inputs keep it
    assert schemas["OrderItem"]["properties"]["type"] == {
        **schemas["OrderItem"]["properties"]["type"],
        "type": "string",
    }
    for where, node in _walk(spec):
        assert "minItems" not in node, where


def test_real_servers_nulls_and_fields_are_declared(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]

    def nullable(schema: str, field: str) -> bool:
        node = schemas[schema]["properties"][field]
        kinds = node.get("type", [])
        return "null" in kinds or {"type": "null"} in node.get("anyOf", [])

    for field in ("phone", "note", "address", "city", "state", "zip", "country", "companyName"):
        assert nullable("Contact", field), field
    for field in ("regularPrice", "salePrice", "quantity", "sku", "weight"):
        assert nullable("ProductVariant", field), field
    for field in ("discountCode", "discountType", "additionalFields", "fulfillment"):
        assert nullable("Order", field), field
    assert nullable("WebsiteRef", "domain")
    order = schemas["Order"]["properties"]
    assert {"currency", "token", "createdTimeFormatted", "fulfillment"} <= set(order)
    assert "images" in schemas["OrderItem"]["properties"]
    assert "vatId" in schemas["Address"]["properties"]
    booking = schemas["Booking"]["properties"]
    assert {"contact", "fromAnswers", "contactId", "name", "email", "formAnswers"} <= set(booking)
    contact = schemas["FormSubmittedEvent"]["properties"]["contact"]
    assert contact["x-simvoly-empty-object-is-absent"] is True


def test_the_signature_is_optional_and_either_case_and_the_member_filter_has_two_names(
    spec: dict[str, Any],
) -> None:
    signature = spec["components"]["parameters"]["WebhookSignature"]
    assert signature["required"] is False
    assert signature["schema"]["pattern"] == "^[0-9a-fA-F]{128}$"
    (group,) = [
        p for p in spec["paths"]["/members"]["get"]["parameters"] if p.get("name") == "groupId"
    ]
    assert group["x-simvoly-also-sent-as"] == ["group_id"]

"""The rules of the `x-simvoly-*` extensions: `make generate` refuses a spec that breaks one."""

from __future__ import annotations

import copy
import re
import sys
from collections.abc import Callable
from typing import Any

import pytest

from .spec import ROOT, SPEC

sys.path.insert(0, str(ROOT / "scripts"))

from spec_data import SpecData, SpecError

Edit = Callable[[dict[str, Any]], None]


def op(document: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    operation: dict[str, Any] = document["paths"][path][method]
    return operation


def edited(edit: Edit) -> dict[str, Any]:
    document = copy.deepcopy(SPEC)
    edit(document)
    return document


def test_the_spec_passes_and_describes_every_operation() -> None:
    data = SpecData(SPEC)
    assert {r.attribute for r in data.resources} == {t["x-simvoly-resource"] for t in SPEC["tags"]}
    assert data.operation("create_product").idempotent_query == {
        "update_existing_product_by_url": True
    }
    assert data.operation("create_contact").upsert_by == "email"
    assert data.is_timestamp("list_orders", "created_at_min")
    assert not data.is_timestamp("list_orders", "limit")
    assert not data.is_timestamp("create_contact", "email")
    assert not data.is_timestamp("create_contact", "no-such-field")
    assert not data.is_timestamp("get_contact", "no-such-parameter")
    assert data.also_sent_as("list_orders", "limit") is None
    assert data.also_sent_as("list_orders", "no-such-parameter") is None
    assert not data.is_secret("Contact", "email")
    assert data.resource("member_groups").class_name == "MemberGroups"
    assert ("order_created", "Order") in data.webhooks


def test_names_from_the_generator_are_unwrapped() -> None:
    class Wrapped:  # the generator wraps the document's strings so
        def get_untrusted_value(self) -> str:
            return "created_at_min"

    assert SpecData(SPEC).is_timestamp("list_orders", Wrapped())  # type: ignore[arg-type] # the generator's UntrustedString


def set_(path: str, method: str, key: str, value: Any) -> Edit:
    return lambda document: op(document, path, method).__setitem__(key, value)


def drop(path: str, method: str, key: str) -> Edit:
    return lambda document: op(document, path, method).pop(key)


def tag_edit(key: str, value: Any, index: int = 0) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        if value is None:
            document["tags"][index].pop(key)
        else:
            document["tags"][index][key] = value

    return edit


def param_schema(anchor_path: str, key: str, value: Any) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        document["components"]["parameters"][anchor_path]["schema"][key] = value

    return edit


def extra_tag(document: dict[str, Any]) -> None:
    document["tags"].append({"name": "Empty", "x-simvoly-resource": "empty"})


def same_attribute(document: dict[str, Any]) -> None:
    document["tags"][1]["x-simvoly-resource"] = document["tags"][0]["x-simvoly-resource"]


def no_webhooks(document: dict[str, Any]) -> None:
    document["webhooks"] = {}


def webhook_without_post(document: dict[str, Any]) -> None:
    document["webhooks"]["order_created"] = {"put": {}}


def webhook_not_in_enum(document: dict[str, Any]) -> None:
    document["components"]["schemas"]["WebhookEvent"]["enum"].remove("order_created")


def remote_ref(document: dict[str, Any]) -> None:
    op(document, "/orders", "get")["parameters"][0] = {"$ref": "other.yaml#/x"}


def ref_loop(document: dict[str, Any]) -> None:
    parameters = document["components"]["parameters"]
    parameters["A"] = {"$ref": "#/components/parameters/B"}
    parameters["B"] = {"$ref": "#/components/parameters/A"}
    op(document, "/orders", "get")["parameters"][0] = {"$ref": "#/components/parameters/A"}


def inline_body(document: dict[str, Any]) -> None:
    body = op(document, "/contacts", "post")["requestBody"]["content"]["application/json"]
    body["schema"] = {"type": "object"}


def no_ok_answer(document: dict[str, Any]) -> None:
    op(document, "/orders", "get")["responses"].pop("200")


PAGINATION = {"items": "items", "total": "totalCount", "limit": "limit", "offset": "skip"}

BROKEN: dict[str, tuple[Edit, str]] = {
    "unknown extension": (set_("/orders", "get", "x-simvoly-paginate", {}), "unknown extension"),
    "no method name": (drop("/orders", "get", "x-simvoly-method"), "x-simvoly-method must be"),
    "keyword method": (set_("/orders", "get", "x-simvoly-method", "class"), "Python identifier"),
    "private method": (set_("/orders", "get", "x-simvoly-method", "_list"), "underscore"),
    "two methods": (set_("/orders/{id}", "get", "x-simvoly-method", "list"), "share an x-simvoly"),
    "no resource": (tag_edit("x-simvoly-resource", None), "has no x-simvoly-resource"),
    "two resources": (same_attribute, "share an x-simvoly-resource"),
    "empty tag": (extra_tag, "has no operations"),
    "no operationId": (drop("/orders", "get", "operationId"), "has no operationId"),
    "two tags": (set_("/orders", "get", "tags", ["Orders", "Contacts"]), "exactly one"),
    "unknown tag": (set_("/orders", "get", "tags", ["Coupons"]), "exactly one"),
    "pagination keys": (set_("/orders", "get", "x-simvoly-pagination", {"items": "x"}), "exactly"),
    "pagination parameter": (
        set_("/orders", "get", "x-simvoly-pagination", {**PAGINATION, "offset": "from"}),
        "query parameters it lacks",
    ),
    "pagination field": (
        set_("/orders", "get", "x-simvoly-pagination", {**PAGINATION, "total": "count"}),
        "no 'items'/'count' fields",
    ),
    "no 200": (no_ok_answer, "has no 200 JSON answer"),
    "idempotent GET": (set_("/orders", "get", "x-simvoly-idempotent", True), "is for POSTs"),
    "idempotent shape": (set_("/webhooks", "post", "x-simvoly-idempotent", "yes"), "must be true"),
    "idempotent query": (
        set_("/webhooks", "post", "x-simvoly-idempotent", {"query": {"force": True}}),
        "lacks",
    ),
    "upsert shape": (set_("/contacts", "post", "x-simvoly-upsert", {"key": "email"}), "must be"),
    "upsert field": (set_("/contacts", "post", "x-simvoly-upsert", {"by": "id"}), "no such body"),
    "upsert query": (
        set_("/contacts", "post", "x-simvoly-upsert", {"by": "email", "query": {"x": 1}}),
        "lacks",
    ),
    "upsert without body": (
        set_("/orders", "get", "x-simvoly-upsert", {"by": "email"}),
        "no such body field",
    ),
    "no page maximum": (
        param_schema("Limit", "maximum", None),
        "the 'limit' parameter needs an integer maximum",
    ),
    "inline body": (inline_body, "must be a $ref"),
    "timestamp value": (param_schema("CreatedAtMin", "x-simvoly-timestamp", "ms"), "unix-seconds"),
    "timestamp type": (param_schema("CreatedAtMin", "type", "string"), "unix-seconds"),
    "secret value": (param_schema("CreatedAtMin", "x-simvoly-secret", "yes"), "on strings only"),
    "secret type": (param_schema("CreatedAtMin", "x-simvoly-secret", True), "on strings only"),
    "no webhooks": (no_webhooks, "no webhooks section"),
    "webhook method": (webhook_without_post, "only POST"),
    "webhook enum": (webhook_not_in_enum, "differ from the WebhookEvent enum"),
    "remote ref": (remote_ref, "only local references"),
    "ref loop": (ref_loop, "reference loop"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_rule_stops_generation_naming_it(case: str) -> None:
    edit, message = BROKEN[case]
    document = edited(edit)
    with pytest.raises(SpecError, match=re.escape(message)):
        SpecData(document)


def test_an_unknown_generator_package_is_refused() -> None:
    with pytest.raises(SpecError, match="no tag generates"):
        SpecData(SPEC).resource("coupons")


def test_the_page_limit_is_the_limit_parameters_maximum() -> None:
    data = SpecData(SPEC)
    assert data.page_limit("list_orders") == 50
    with pytest.raises(SpecError, match="is not paginated"):
        data.page_limit("get_order")

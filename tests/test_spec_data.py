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

from spec_data import SpecData, SpecError, plain_schema

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
    assert data.operation("list_members").query_aliases == {"groupId": ("group_id",)}
    assert data.operation("list_orders").query_aliases == {}
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


def alias(value: Any) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        op(document, "/members", "get")["parameters"][0]["x-simvoly-also-sent-as"] = value

    return edit


def bound(name: str, value: str) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        for parameter in op(document, "/bookings", "get")["parameters"]:
            if parameter.get("name") == name:
                parameter["x-simvoly-bound"] = value

    return edit


def bound_on_path(document: dict[str, Any]) -> None:
    document["paths"]["/orders/{id}"]["parameters"][0]["x-simvoly-bound"] = "lower"


def no_example(document: dict[str, Any]) -> None:
    document["components"]["schemas"]["Booking"].pop("examples")


def extra_tag(document: dict[str, Any]) -> None:
    document["tags"].append({"name": "Empty", "x-simvoly-resource": "empty"})


def same_attribute(document: dict[str, Any]) -> None:
    document["tags"][1]["x-simvoly-resource"] = document["tags"][0]["x-simvoly-resource"]


def no_webhooks(document: dict[str, Any]) -> None:
    document["webhooks"] = {}


def webhook_without_post(document: dict[str, Any]) -> None:
    document["webhooks"]["order_created"] = {"put": {}}


def webhook_not_in_enum(document: dict[str, Any]) -> None:
    document["components"]["schemas"]["WebhookTopic"]["enum"].remove("order_created")


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
    "page limit": (param_schema("Limit", "maximum", None), "needs an integer maximum"),
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
    "two upserts": (
        set_("/contacts/{id}", "put", "x-simvoly-upsert", {"by": "email"}),
        "upsert_many would be two methods",
    ),
    "upsert_many taken": (
        set_("/contacts/{id}", "get", "x-simvoly-method", "upsert_many"),
        "upsert_many would be two methods",
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
    "alias not a list": (alias("group_id"), "must be a list of other names"),
    "bound value": (bound("from", "start"), "must be 'lower' or 'upper'"),
    "bound twice": (bound("to", "lower"), "one of each per operation"),
    "bound on a path parameter": (bound_on_path, "on a query parameter"),
    "webhook without example": (no_example, "its model Booking has no example"),
    "alias of itself": (alias(["groupId"]), "must be a list of other names"),
    "no webhooks": (no_webhooks, "no webhooks section"),
    "webhook method": (webhook_without_post, "only POST"),
    "webhook enum": (webhook_not_in_enum, "differ from the WebhookTopic enum"),
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


# -- the sandbox's tables ---------------------------------------------------------------------


def test_each_operation_has_its_route_for_the_sandbox() -> None:
    data = SpecData(SPEC)
    route = data.operation("list_contacts").route
    assert route["body"] is None
    assert route["path_params"] == {}
    assert route["query"]["limit"] == {
        "required": False,
        "schema": {"type": "integer", "default": 30, "minimum": 1, "maximum": 50},
    }
    assert route["query"]["created_at_min"]["schema"] == {"type": "integer", "format": "int64"}
    assert route["answer"] == {
        "kind": "page",
        **PAGINATION,
        "schema": "ContactPage",
        "item_schema": "Contact",
    }
    assert route["query"]["created_at_min"]["bound"] == "lower"
    assert route["query"]["created_at_min"]["timestamp"] is True
    assert "bound" not in route["query"]["limit"]
    assert "timestamp" not in route["query"]["limit"]
    bookings = data.operation("list_bookings").route["query"]
    assert (bookings["from"]["bound"], bookings["to"]["bound"]) == ("lower", "upper")
    by_email = data.operation("get_contact_by_email").route
    assert by_email["query"] == {
        "email": {"required": True, "schema": {"type": "string", "format": "email"}}
    }
    assert by_email["answer"] == {"kind": "object", "schema": "Contact"}
    assert data.operation("list_webhooks").route["answer"] == {
        "kind": "array",
        "item_schema": "Webhook",
    }
    assert data.operation("delete_webhook").route["answer"] == {"kind": "delete"}
    assert data.operation("delete_webhook").route["path_params"] == {"id": {"type": "string"}}
    assert data.operation("update_contact").route["path_params"] == {"id": {"type": "integer"}}
    assert data.operation("update_contact").route["body"] == "ContactInput"


def test_an_answer_without_a_component_schema_has_none() -> None:
    def inline_answer(document: dict[str, Any]) -> None:
        response = op(document, "/member-groups", "get")["responses"]["200"]
        response["content"]["application/json"]["schema"] = {"type": "array", "items": {}}

    route = SpecData(edited(inline_answer)).operation("list_member_groups").route
    assert route["answer"] == {"kind": "array"}


def test_each_webhook_topic_has_the_first_example_of_its_model() -> None:
    data = SpecData(SPEC)
    schemas = SPEC["components"]["schemas"]
    assert data.webhook_examples == {
        topic: schemas[model]["examples"][0] for topic, model in data.webhooks
    }

    def single_example(document: dict[str, Any]) -> None:
        product = document["components"]["schemas"]["Product"]
        product["example"] = product.pop("examples")[0]

    one = SpecData(edited(single_example)).webhook_examples["product_created"]
    assert one == schemas["Product"]["examples"][0]


def test_request_bodies_are_resolved_into_plain_schemas() -> None:
    data = SpecData(SPEC)
    bodies = {op.body_schema for op in data.operations.values()} - {None}
    assert set(data.bodies) == bodies
    member = data.bodies["MemberInput"]
    assert member["required"] == ["name", "email"]
    address = member["properties"]["billingAddress"]  # a $ref, inlined
    assert address["type"] == "object"
    assert address["properties"]["city"] == {"type": "string"}
    assert "required" not in address  # nothing is
    status = data.bodies["OrderUpdate"]["properties"]["status"]
    assert status == {
        "type": "string",
        "enum": SPEC["components"]["schemas"]["OrderStatusUpdate"]["enum"],
    }
    events = data.bodies["WebhookInput"]["properties"]["events"]
    assert events["items"]["enum"] == list(data.enums["WebhookTopic"])
    # Only what a validator reads: no descriptions, examples or notes.
    assert set(SPEC["components"]["schemas"]["ContactInput"]) > {"type", "description"}
    assert set(data.bodies["ContactInput"]) == {"type", "properties", "required"}


def test_enums_are_every_enum_schema() -> None:
    schemas = SPEC["components"]["schemas"]
    assert SpecData(SPEC).enums == {
        name: tuple(schema["enum"]) for name, schema in schemas.items() if "enum" in schema
    }


def plain(node: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return plain_schema({"components": {"schemas": schemas or {}}}, node, "here")


def test_nullable_schemas_are_marked_nullable() -> None:
    assert plain({"type": ["integer", "null"], "minimum": 0}) == {
        "type": "integer",
        "minimum": 0,
        "nullable": True,
    }
    kinds = {"Kind": {"type": "string", "enum": ["a", "b"]}}
    for key in ("anyOf", "oneOf"):
        node = {key: [{"$ref": "#/components/schemas/Kind"}, {"type": "null"}]}
        assert plain(node, kinds) == {"type": "string", "enum": ["a", "b"], "nullable": True}
    assert plain({}) == {}  # no type: anything
    assert plain({"type": "object"}) == {"type": "object", "properties": {}}


@pytest.mark.parametrize(
    ("node", "message"),
    [
        ({"allOf": [{"type": "string"}]}, "no allOf or not"),
        ({"anyOf": [{"type": "string"}, {"type": "integer"}]}, "[a schema, null] only"),
        ({"oneOf": [{"type": "null"}]}, "[a schema, null] only"),
        ({"type": ["string", "integer"]}, "one type (and null) per schema"),
        ({"$ref": "#/components/schemas/Tree"}, "refers to itself"),
    ],
)
def test_schemas_the_sandbox_cannot_check_stop_generation(
    node: dict[str, Any], message: str
) -> None:
    tree = {"type": "object", "properties": {"children": {"$ref": "#/components/schemas/Tree"}}}
    with pytest.raises(SpecError, match=re.escape(message)):
        plain(node, {"Tree": tree})


def test_a_parameter_sent_under_two_names_says_so() -> None:
    def alias(document: dict[str, Any]) -> None:
        op(document, "/members", "get")["parameters"][0]["x-simvoly-also-sent-as"] = ["gid"]

    route = SpecData(edited(alias)).operation("list_members").route
    assert route["query"]["groupId"]["also_sent_as"] == ["gid"]


def test_page_limit_is_the_limit_parameters_maximum() -> None:
    data = SpecData(SPEC)
    assert (
        data.page_limit("list_contacts")
        == SPEC["components"]["parameters"]["Limit"]["schema"]["maximum"]
    )
    with pytest.raises(SpecError, match="get_contact is not paginated"):
        data.page_limit("get_contact")


def test_the_page_limit_is_the_limit_parameters_maximum() -> None:
    data = SpecData(SPEC)
    assert data.page_limit("list_orders") == 50
    with pytest.raises(SpecError, match="is not paginated"):
        data.page_limit("get_order")

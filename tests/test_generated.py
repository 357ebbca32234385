"""The generated package: complete, faithful to the spec and the seed, and free of the raw
output's known defects."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import simvoly
from simvoly import models

from .spec import SPEC, SPEC_OPERATIONS

ROOT = Path(__file__).resolve().parent.parent
SEED = (Path(__file__).parent / "fixtures" / "seed-reference.txt").read_text()
GENERATED_API = ROOT / "src" / "simvoly" / "_generated" / "api"


def spec_operations() -> list[tuple[str, str, str, str]]:
    """(operationId, tag, METHOD, path) of every operation in openapi.yaml."""
    return [
        (op["operationId"], op["tags"][0], method.upper(), path)
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if method in ("get", "put", "post", "delete")
    ]


def tag_module(tag: str) -> str:
    return tag.lower().replace(" ", "_")


def json_field_names(model: Any) -> set[str]:
    """The JSON names a generated model reads (its module's `_FIELDS`)."""
    fields: frozenset[str] = sys.modules[model.__module__]._FIELDS
    return set(fields)


@pytest.mark.parametrize(("operation_id", "tag", "method", "path"), spec_operations())
def test_every_operation_has_a_generated_module(
    operation_id: str, tag: str, method: str, path: str
) -> None:
    module = importlib.import_module(f"simvoly._generated.api.{tag_module(tag)}.{operation_id}")
    assert (operation_id, method, path) == (module.OPERATION_ID, module.METHOD, module.PATH)
    assert callable(module.build_request)
    if method != "DELETE":
        assert callable(module.parse_response)


def test_the_generated_tree_holds_exactly_the_spec_operations() -> None:
    on_disk = {
        (package.name, module.stem)
        for package in GENERATED_API.iterdir()
        if package.is_dir() and package.name != "__pycache__"
        for module in package.glob("*.py")
        if module.stem not in ("__init__", "resource")  # the package, its resource classes
    }
    expected = {(tag_module(tag), op_id) for op_id, tag, _, _ in spec_operations()}
    assert on_disk == expected


def test_every_seed_field_is_in_the_generated_models() -> None:
    table_fields = re.findall(r"^\| (\w+)(?: required)? \|", SEED, re.MULTILINE)
    example_fields = re.findall(r'^- "(\w+)":', SEED, re.MULTILINE)
    seed_fields = set(table_fields) | set(example_fields)
    # Query parameters appear in the seed's tables too; they are not model fields.
    query_params = {
        p.get("name")
        for item in SPEC["paths"].values()
        for method, op in item.items()
        if method in ("get", "put", "post", "delete")
        for p in op.get("parameters", [])
    } | {p["name"] for p in SPEC["components"]["parameters"].values()}
    model_fields: set[str] = set()
    for name in models.__all__:
        model = getattr(models, name)
        if hasattr(model, "from_dict"):
            model_fields |= json_field_names(model)
    missing = seed_fields - model_fields - query_params
    assert not missing, f"seed fields missing from the models: {sorted(missing)}"
    assert len(seed_fields) > 100  # the extraction found the seed's fields at all


@pytest.mark.parametrize(
    ("model", "field"),
    [
        # Names the rendering dropped, restored from the examples (api-reference.md).
        ("Contact", "properties"),
        ("Member", "billingAddress"),
        ("Member", "shippingAddress"),
        ("Product", "categories"),
        ("Product", "options"),
        ("Product", "variants"),
        ("Product", "subscription"),
        ("Order", "taxes"),
        ("Order", "items"),
        ("Order", "additionalFields"),
        ("Order", "notes"),
        ("OrderUpdate", "fulfillment"),
        ("FormSubmittedEvent", "website"),
        ("FormSubmittedEvent", "contact"),
        ("FormSubmittedEvent", "formValues"),
        ("Booking", "eventData"),
        ("Booking", "operator"),
        ("Booking", "service"),
        ("Booking", "formAnswers"),
        # URL fields the examples lost.
        ("Webhook", "target"),
        ("Product", "file"),
        ("MemberSession", "accessUrl"),
        ("Fulfillment", "trackingUrl"),
    ],
)
def test_restored_fields_are_in_their_models(model: str, field: str) -> None:
    assert field in json_field_names(getattr(models, model))


def schemas_with_examples() -> list[tuple[str, Any]]:
    return [
        (name, example)
        for name, schema in SPEC["components"]["schemas"].items()
        if schema.get("type") == "object"
        for example in schema.get("examples", [])
    ]


@pytest.mark.parametrize(("name", "example"), schemas_with_examples())
def test_models_round_trip_the_spec_examples(name: str, example: dict[str, Any]) -> None:
    model = getattr(models, name)
    assert model.from_dict(example).to_dict() == example


def page_envelopes() -> set[str]:
    """The schemas of the paginated operations' answers: `{items, totalCount, ...}`."""
    return {
        op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].rsplit("/")[-1]
        for _, _, op in SPEC_OPERATIONS.values()
        if "x-simvoly-pagination" in op
    }


def test_every_object_schema_has_a_model_and_an_example() -> None:
    objects = [n for n, s in SPEC["components"]["schemas"].items() if s.get("type") == "object"]
    missing = [name for name in objects if not hasattr(models, name)]
    assert not missing, f"no model for {missing}: run `make generate`"
    with_examples = {name for name, _ in schemas_with_examples()}
    lacking = sorted(set(objects) - with_examples - page_envelopes())
    assert not lacking, (
        f"add `examples:` to components/schemas/{', '.join(lacking)} in openapi.yaml: each "
        "object schema's example is round-tripped through its model (page envelopes need none)"
    )


def test_unknown_enum_values_from_the_server_do_not_break_parsing() -> None:
    order = models.Order.from_dict({"id": 1, "status": "refunded", "discountType": "coupon"})
    assert order.status == "refunded"
    assert order.to_dict() == {"id": 1, "status": "refunded", "discountType": "coupon"}
    product = models.Product.from_dict({"id": 1, "type": "bundle"})
    assert product.type_ == "bundle"
    assert isinstance(product.type_, models.ProductType)


def test_known_enum_values_are_the_members() -> None:
    assert (
        models.Order.from_dict({"id": 1, "status": "shipped"}).status is models.OrderStatus.SHIPPED
    )


def test_nullable_discount_type_is_none_not_a_strange_class() -> None:
    assert models.Order.from_dict({"id": 1, "discountType": None}).discount_type is None
    names = set(models.__all__)
    assert not [n for n in names if re.search(r"Type\d|type_\d", n)]


def test_secret_fields_are_redacted_in_reprs() -> None:
    webhook = models.Webhook.from_dict({"id": "rh_1", "secret": "s3cr3t-value", "events": []})
    member = models.MemberInput(name="a", email="a@b.c", password="hunter2-password")
    session = models.MemberSession(token="tok-xyz-123")
    for obj, secret in [
        (webhook, "s3cr3t-value"),
        (member, "hunter2-password"),
        (session, "tok-xyz-123"),
    ]:
        assert secret not in repr(obj)
        assert "<redacted>" in repr(obj)
    assert "secret=UNSET" in repr(models.Webhook(id="rh_1"))


def test_unset_has_a_readable_repr() -> None:
    assert repr(simvoly.UNSET) == "UNSET"
    assert not simvoly.UNSET


def test_models_load_lazily() -> None:
    code = (
        "import sys, simvoly; "
        "loaded = [m for m in sys.modules if m.startswith('simvoly._generated.models.')]; "
        "assert loaded == [], loaded; "
        "from simvoly.models import Order; "
        "assert 'simvoly._generated.models.order' in sys.modules; "
        "assert 'simvoly._generated.models.booking' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603 - fixed code


def test_models_namespace_lists_every_model_and_rejects_unknown_names() -> None:
    assert "Contact" in dir(models)
    assert "UNSET" in models.__all__
    with pytest.raises(AttributeError, match="NoSuchModel"):
        models.NoSuchModel  # noqa: B018 - the attribute access is the test

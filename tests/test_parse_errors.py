"""describe_parse_failure: the model and field a refused body broke, said the same way for
API answers and webhook payloads."""

from __future__ import annotations

from typing import Any

import pytest

from simvoly._parse_errors import describe_parse_failure
from simvoly.models import Order, SpecDeviationError


def failure(model: Any, data: Any, *, strict: bool = False) -> SpecDeviationError:
    with pytest.raises(SpecDeviationError) as caught:
        model.from_dict(data, strict=strict)
    return caught.value


def test_a_missing_required_field_is_named_with_its_model_and_path() -> None:
    error = failure(Order, {"status": "pending"})
    assert describe_parse_failure(error, "response") == (
        "an Order that does not match the API spec: Order.id: expected integer, got missing"
    )


def test_the_path_names_the_nested_field_and_the_json_types_never_the_value() -> None:
    error = failure(Order, {"id": 1, "items": [{"total": "secret-total-42"}]}, strict=True)
    described = describe_parse_failure(error, "response")
    assert described == (
        "an Order that does not match the API spec: "
        "Order.items[0].total: expected number, got string"
    )
    assert "secret-total-42" not in described


def test_a_non_object_is_named_by_its_model() -> None:
    error = failure(Order, ["not", "an", "order"])
    assert describe_parse_failure(error, "x") == (
        "an Order that does not match the API spec: Order: expected Order (object), got array"
    )


def test_other_errors_use_the_given_name_and_long_reasons_are_cut() -> None:
    assert describe_parse_failure(KeyError(), "Order") == (
        "an Order that does not match the API spec: KeyError"
    )
    described = describe_parse_failure(ValueError("v" * 10_000), "response")
    assert described.startswith("a response that does not match the API spec: vvv")
    assert len(described) < 300  # a huge body stays out of the message

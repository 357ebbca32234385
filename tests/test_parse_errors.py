"""describe_parse_failure: the model and field a refused body broke, said the same way for
API answers and webhook payloads."""

from __future__ import annotations

from typing import Any

import pytest

from simvoly._parse_errors import describe_parse_failure
from simvoly.models import Order, Product


def failure(model: Any, data: Any) -> BaseException:
    with pytest.raises((KeyError, TypeError, ValueError, AttributeError)) as caught:
        model.from_dict(data)
    return caught.value


def test_a_missing_required_field_is_named_with_its_model() -> None:
    error = failure(Order, {"status": "pending"})
    assert describe_parse_failure(error, "response") == ("an Order without its required field 'id'")


def test_the_innermost_model_that_broke_is_named() -> None:
    error = failure(Order, {"id": 1, "shippingAddress": 5})
    assert describe_parse_failure(error, "Order").startswith(
        "an Address that does not match the API spec: "
    )
    error = failure(Product, {"id": 1, "variants": 7})
    assert describe_parse_failure(error, "x").startswith("a Product that does not match")


def test_without_a_from_dict_frame_the_given_name_is_used_and_long_reasons_are_cut() -> None:
    assert describe_parse_failure(KeyError(), "Order") == (
        "an Order that does not match the API spec: KeyError"
    )
    described = describe_parse_failure(ValueError("v" * 10_000), "response")
    assert described.startswith("a response that does not match the API spec: vvv")
    assert len(described) < 300  # a huge body stays out of the message

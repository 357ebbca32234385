"""GET /orders: List orders.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any

from simvoly._tolerance import PageData, read_page

from ...models.order import Order
from ...models.order_page import OrderPage
from ...operations import OPERATIONS
from ...types import UNSET, Unset

OPERATION = OPERATIONS["list_orders"]
OPERATION_ID = OPERATION.id
METHOD = OPERATION.method
PATH = OPERATION.path


def build_request(
    *,
    created_at_min: int | Unset = UNSET,
    created_at_max: int | Unset = UNSET,
    limit: int | Unset = 30,
    skip: int | Unset = 0,
) -> dict[str, Any]:
    """The `httpx` request arguments (method, url, params, json) for this operation."""
    params: dict[str, Any] = {}

    params["created_at_min"] = created_at_min

    params["created_at_max"] = created_at_max

    params["limit"] = limit

    params["skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/orders",
        "params": params,
    }

    return _kwargs


def parse_response(data: Any, strict: bool = False) -> PageData[Order]:
    """The page of a 200 answer (its items and total) from its decoded JSON body."""
    return read_page(OrderPage, data, strict)

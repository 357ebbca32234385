"""PUT /orders/{id}: Update an order.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any
from urllib.parse import quote

from ...models.order import Order
from ...models.order_update import OrderUpdate
from ...operations import OPERATIONS

OPERATION = OPERATIONS["update_order"]
OPERATION_ID = OPERATION.id
METHOD = OPERATION.method
PATH = OPERATION.path


def build_request(
    id: int,
    *,
    body: OrderUpdate,
) -> dict[str, Any]:
    """The `httpx` request arguments (method, url, params, json) for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/orders/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse_response(data: Any, strict: bool = False) -> Order:
    """Build the result of a 200 answer from its decoded JSON body."""
    return Order.from_dict(data, strict=strict)

"""PUT /products/{id}: Update a product.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any
from urllib.parse import quote

from ...models.product import Product
from ...models.product_input import ProductInput
from ...operations import OPERATIONS

OPERATION = OPERATIONS["update_product"]
OPERATION_ID = OPERATION.id
METHOD = OPERATION.method
PATH = OPERATION.path


def build_request(
    id: int,
    *,
    body: ProductInput,
) -> dict[str, Any]:
    """The `httpx` request arguments (method, url, params, json) for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/products/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse_response(data: Any, strict: bool = False) -> Product:
    """Build the result of a 200 answer from its decoded JSON body."""
    return Product.from_dict(data, strict=strict)

"""POST /products: Create a product.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any

from ...models.product import Product
from ...models.product_input import ProductInput
from ...operations import OPERATIONS
from ...types import UNSET, Unset

OPERATION = OPERATIONS["create_product"]
OPERATION_ID = OPERATION.id
METHOD = OPERATION.method
PATH = OPERATION.path


def build_request(
    *,
    body: ProductInput,
    update_existing_product_by_url: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The `httpx` request arguments (method, url, params, json) for this operation."""
    params: dict[str, Any] = {}

    params["update_existing_product_by_url"] = update_existing_product_by_url

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/products",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse_response(data: Any, strict: bool = False) -> Product:
    """Build the result of a 200 answer from its decoded JSON body."""
    return Product.from_dict(data, strict=strict)

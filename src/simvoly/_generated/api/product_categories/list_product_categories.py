"""GET /products/categories: List product categories.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any

from simvoly._tolerance import read_list

from ...models.category import Category
from ...operations import OPERATIONS
from ...types import UNSET, Unset

OPERATION = OPERATIONS["list_product_categories"]
OPERATION_ID = OPERATION.id
METHOD = OPERATION.method
PATH = OPERATION.path


def build_request(
    *,
    parent: int | Unset = UNSET,
) -> dict[str, Any]:
    """The `httpx` request arguments (method, url, params, json) for this operation."""
    params: dict[str, Any] = {}

    params["parent"] = parent

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/products/categories",
        "params": params,
    }

    return _kwargs


def parse_response(data: Any, strict: bool = False) -> list[Category]:
    """Build the result of a 200 answer from its decoded JSON body."""
    return read_list(Category, data, strict)

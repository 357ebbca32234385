"""The `product_categories` resource: `client.product_categories`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from .resource import (
    ProductCategories,
    ProductCategoriesWithRawResponse,
    SyncProductCategories,
    SyncProductCategoriesWithRawResponse,
)

__all__ = [
    "ProductCategories",
    "ProductCategoriesWithRawResponse",
    "SyncProductCategories",
    "SyncProductCategoriesWithRawResponse",
]

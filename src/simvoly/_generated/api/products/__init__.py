"""The `products` resource: `client.products`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from .resource import Products, ProductsWithRawResponse, SyncProducts, SyncProductsWithRawResponse

__all__ = [
    "Products",
    "ProductsWithRawResponse",
    "SyncProducts",
    "SyncProductsWithRawResponse",
]

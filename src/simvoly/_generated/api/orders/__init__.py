"""The `orders` resource: `client.orders`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from .resource import Orders, OrdersWithRawResponse, SyncOrders, SyncOrdersWithRawResponse

__all__ = [
    "Orders",
    "OrdersWithRawResponse",
    "SyncOrders",
    "SyncOrdersWithRawResponse",
]

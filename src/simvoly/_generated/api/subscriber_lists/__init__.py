"""The `subscriber_lists` resource: `client.subscriber_lists`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from .resource import (
    SubscriberLists,
    SubscriberListsWithRawResponse,
    SyncSubscriberLists,
    SyncSubscriberListsWithRawResponse,
)

__all__ = [
    "SubscriberLists",
    "SubscriberListsWithRawResponse",
    "SyncSubscriberLists",
    "SyncSubscriberListsWithRawResponse",
]

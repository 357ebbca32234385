"""GET /subscriber-lists: List subscriber lists.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any

from ...models.subscriber_list import SubscriberList
from ...operations import OPERATIONS

OPERATION = OPERATIONS["list_subscriber_lists"]
OPERATION_ID = OPERATION.id
METHOD = OPERATION.method
PATH = OPERATION.path


def build_request() -> dict[str, Any]:
    """The `httpx` request arguments (method, url, params, json) for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/subscriber-lists",
    }

    return _kwargs


def parse_response(data: Any) -> list[SubscriberList]:
    """Build the result of a 200 answer from its decoded JSON body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = SubscriberList.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200

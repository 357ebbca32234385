"""PUT /subscriber-lists/{id}: Update a subscriber list.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any
from urllib.parse import quote

from ...models.subscriber_list import SubscriberList
from ...models.subscriber_list_input import SubscriberListInput
from ...operations import OPERATIONS

OPERATION = OPERATIONS["update_subscriber_list"]
OPERATION_ID = OPERATION.id
METHOD = OPERATION.method
PATH = OPERATION.path


def build_request(
    id: int,
    *,
    body: SubscriberListInput,
) -> dict[str, Any]:
    """The `httpx` request arguments (method, url, params, json) for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/subscriber-lists/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse_response(data: Any, strict: bool = False) -> SubscriberList:
    """Build the result of a 200 answer from its decoded JSON body."""
    return SubscriberList.from_dict(data, strict=strict)

"""GET /webhooks: List webhooks.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any

from simvoly._tolerance import read_list

from ...models.webhook import Webhook
from ...operations import OPERATIONS

OPERATION = OPERATIONS["list_webhooks"]
OPERATION_ID = OPERATION.id
METHOD = OPERATION.method
PATH = OPERATION.path


def build_request() -> dict[str, Any]:
    """The `httpx` request arguments (method, url, params, json) for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/webhooks",
    }

    return _kwargs


def parse_response(data: Any, strict: bool = False) -> list[Webhook]:
    """Build the result of a 200 answer from its decoded JSON body."""
    return read_list(Webhook, data, strict)

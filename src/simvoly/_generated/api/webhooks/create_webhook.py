"""POST /webhooks: Create a webhook.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any

from ...models.webhook import Webhook
from ...models.webhook_input import WebhookInput
from ...operations import OPERATIONS

OPERATION = OPERATIONS["create_webhook"]
OPERATION_ID = OPERATION.id
METHOD = OPERATION.method
PATH = OPERATION.path


def build_request(
    *,
    body: WebhookInput,
) -> dict[str, Any]:
    """The `httpx` request arguments (method, url, params, json) for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/webhooks",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse_response(data: Any, strict: bool = False) -> Webhook:
    """Build the result of a 200 answer from its decoded JSON body."""
    return Webhook.from_dict(data, strict=strict)

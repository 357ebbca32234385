"""The `webhooks` resource: `client.webhooks`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from .resource import SyncWebhooks, SyncWebhooksWithRawResponse, Webhooks, WebhooksWithRawResponse

__all__ = ["SyncWebhooks", "SyncWebhooksWithRawResponse", "Webhooks", "WebhooksWithRawResponse"]

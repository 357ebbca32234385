"""The `webhooks` resource: `client.webhooks`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

# Annotations say `builtins.list`: inside the class, `list` is the resource's method.
import builtins
from collections.abc import Sequence

from simvoly._resource import APIResource, check_required, coerce_enum_list

from ...models.webhook import Webhook
from ...models.webhook_event import WebhookEvent
from ...models.webhook_input import WebhookInput
from ...types import UNSET
from . import create_webhook, delete_webhook, list_webhooks

__all__ = ["Webhooks"]


class Webhooks(APIResource):
    """Operations on webhooks."""

    async def list(
        self,
    ) -> builtins.list[Webhook]:
        """List webhooks.

        Get every webhook registered for the website (a plain array, not paginated).

        `GET /webhooks` (operation `list_webhooks`).

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        return await self._request(
            list_webhooks.OPERATION_ID,
            list_webhooks.build_request(),
            list_webhooks.parse_response,
        )

    async def create(
        self,
        target: str,
        events: Sequence[WebhookEvent | str],
        *,
        secret: str | None = None,
    ) -> Webhook:
        """Create a webhook.

        Register a webhook: the website POSTs each of the selected events to `target`,
        signed with `secret` (see the `webhooks` section).

        `POST /webhooks` (operation `create_webhook`).

        Args:
            target: The URL the events are POSTed to.
            events:
            secret: The key of the HMAC-SHA512 signature sent in X-Webhook-Signature.
                Without one the deliveries are unsigned: anyone who knows the target URL can
                forge them.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = WebhookInput(
            target=check_required("target", target),
            events=coerce_enum_list("events", check_required("events", events), WebhookEvent),
            secret=UNSET if secret is None else secret,
        )
        return await self._request(
            create_webhook.OPERATION_ID,
            create_webhook.build_request(
                body=body,
            ),
            create_webhook.parse_response,
        )

    async def delete(
        self,
        id: str,
    ) -> None:
        """Delete a webhook.

        Delete a webhook; its target receives no further deliveries.

        `DELETE /webhooks/{id}` (operation `delete_webhook`).

        Args:
            id: The id of the webhook.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        await self._request(
            delete_webhook.OPERATION_ID,
            delete_webhook.build_request(
                check_required("id", id),
            ),
            None,
        )

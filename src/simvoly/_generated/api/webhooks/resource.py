"""The `webhooks` resource: `client.webhooks`, async and sync.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

# Annotations say `builtins.list`: inside the classes, `list` is a resource method.
import builtins
from collections.abc import Mapping, Sequence
from functools import cached_property

import httpx

from simvoly._call import Call
from simvoly._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw,
    check_path_param,
    check_required,
    coerce_enum_list,
    request_options,
    sync_raw,
)

from ...models.webhook import Webhook
from ...models.webhook_input import WebhookInput
from ...models.webhook_topic import WebhookTopic
from ...types import UNSET
from . import create_webhook, delete_webhook, list_webhooks

__all__ = ["SyncWebhooks", "SyncWebhooksWithRawResponse", "Webhooks", "WebhooksWithRawResponse"]


class Webhooks(AsyncAPIResource):
    """Webhooks push automated notifications to your destination URL when important events occur in your website."""

    @cached_property
    def with_raw_response(self) -> WebhooksWithRawResponse:
        """These methods, returning the raw answer (`simvoly.RawResponse`)."""
        return WebhooksWithRawResponse(self)

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[Webhook]:
        """List webhooks.

        Get every webhook registered for the website (a plain array, not paginated).

        `GET /webhooks` (operation `list_webhooks`).

        Args:
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[builtins.list[Webhook]] = Call.of(
            list_webhooks.OPERATION,
            list_webhooks.build_request(),
            list_webhooks.parse_response,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))

    async def create(
        self,
        target: str,
        events: Sequence[WebhookTopic | str],
        *,
        secret: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
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
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = WebhookInput(
            target=check_required("target", target),
            events=coerce_enum_list("events", check_required("events", events), WebhookTopic),
            secret=UNSET if secret is None else secret,
        )
        call: Call[Webhook] = Call.of(
            create_webhook.OPERATION,
            create_webhook.build_request(
                body=body,
            ),
            create_webhook.parse_response,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))

    async def delete(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a webhook.

        Delete a webhook; its target receives no further deliveries.

        `DELETE /webhooks/{id}` (operation `delete_webhook`).

        Args:
            id: The id of the webhook.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[None] = Call.of(
            delete_webhook.OPERATION,
            delete_webhook.build_request(
                check_path_param("id", id, str),
            ),
            None,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))


class WebhooksWithRawResponse:
    """`client.webhooks.with_raw_response`: the same methods, returning the
    raw answer (`simvoly.RawResponse`: status, headers, request, retries, elapsed time)
    with the result one `parse()` away. Lists return their first page's answer."""

    def __init__(self, resource: Webhooks) -> None:
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.delete = async_raw(resource.delete)


class SyncWebhooks(SyncAPIResource):
    """Webhooks push automated notifications to your destination URL when important events occur in your website."""

    @cached_property
    def with_raw_response(self) -> SyncWebhooksWithRawResponse:
        """These methods, returning the raw answer (`simvoly.RawResponse`)."""
        return SyncWebhooksWithRawResponse(self)

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[Webhook]:
        """List webhooks.

        Get every webhook registered for the website (a plain array, not paginated).

        `GET /webhooks` (operation `list_webhooks`).

        Args:
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[builtins.list[Webhook]] = Call.of(
            list_webhooks.OPERATION,
            list_webhooks.build_request(),
            list_webhooks.parse_response,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))

    def create(
        self,
        target: str,
        events: Sequence[WebhookTopic | str],
        *,
        secret: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
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
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = WebhookInput(
            target=check_required("target", target),
            events=coerce_enum_list("events", check_required("events", events), WebhookTopic),
            secret=UNSET if secret is None else secret,
        )
        call: Call[Webhook] = Call.of(
            create_webhook.OPERATION,
            create_webhook.build_request(
                body=body,
            ),
            create_webhook.parse_response,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))

    def delete(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a webhook.

        Delete a webhook; its target receives no further deliveries.

        `DELETE /webhooks/{id}` (operation `delete_webhook`).

        Args:
            id: The id of the webhook.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[None] = Call.of(
            delete_webhook.OPERATION,
            delete_webhook.build_request(
                check_path_param("id", id, str),
            ),
            None,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))


class SyncWebhooksWithRawResponse:
    """`client.webhooks.with_raw_response`: the same methods, returning the
    raw answer (`simvoly.RawResponse`: status, headers, request, retries, elapsed time)
    with the result one `parse()` away. Lists return their first page's answer."""

    def __init__(self, resource: SyncWebhooks) -> None:
        self.list = sync_raw(resource.list)
        self.create = sync_raw(resource.create)
        self.delete = sync_raw(resource.delete)

"""Webhook delivery: POST each event to the targets subscribed to it, signed, and record it.

A delivery carries the event's JSON payload (the bare resource object; form_submitted's
`{website, contact, formName, formValues}`) with the headers X-Webhook-Topic,
X-Webhook-Source (the sandbox's domain) and X-Webhook-Signature: lowercase hex
HMAC-SHA512 of the exact body bytes, keyed with the webhook's secret (utf-8), made by
`simvoly.webhooks.sign`, the function receivers' `verify` checks against. A webhook
created without a secret gets unsigned deliveries, as from a real site.

Deliveries are awaited, one after the other, before the API call that raised them is
answered: a test that awaits the call can look at `sandbox.deliveries` (and its receiver)
at once, with nothing left running. A failed delivery is recorded and never fails the
call. Only targets on this machine (localhost, 127.0.0.0/8, ::1: the client's notion of a
local host, `simvoly._hosts`) are contacted unless `allow_remote` is set, so test data
never leaves the machine by accident; an injected `transport` (an
`httpx.ASGITransport` around a receiver, say) receives every delivery.
"""

from __future__ import annotations

import functools
import json
import ssl
from collections.abc import Mapping
from urllib.parse import urlsplit

import attrs
import httpx

from simvoly._hosts import is_local_host
from simvoly._version import __version__
from simvoly.webhooks._signature import delivery_headers

from ._store import Record

__all__ = ["Deliverer", "Delivery"]

DEFAULT_TIMEOUT = 5.0


@attrs.frozen
class Delivery:
    """One delivery attempt: `status` is the target's answer, `error` why there was none."""

    topic: str
    target: str
    webhook_id: str
    status: int | None
    error: str | None
    body: bytes = attrs.field(repr=False)
    headers: Mapping[str, str] = attrs.field(repr=False)

    @property
    def ok(self) -> bool:
        """Whether the target acknowledged it (any 2xx)."""
        return self.status is not None and 200 <= self.status < 300


@attrs.define
class Deliverer:
    """Sends webhook events and records every attempt in `deliveries`."""

    source: str
    transport: httpx.AsyncBaseTransport | None = None
    timeout: float = DEFAULT_TIMEOUT
    allow_remote: bool = False
    deliveries: list[Delivery] = attrs.field(factory=list)

    async def deliver(self, webhooks: list[Record], topic: str, payload: Record) -> None:
        """Send `payload` to every webhook in `webhooks` subscribed to `topic`."""
        targets = [hook for hook in webhooks if topic in hook["events"]]
        if not targets:
            return
        body = json.dumps(payload).encode()
        transport = _Borrowed(self.transport) if self.transport is not None else None
        # trust_env=False: no HTTP_PROXY from the environment. A CI that sets one must not
        # carry test data off the machine.
        async with httpx.AsyncClient(
            transport=transport,
            timeout=self.timeout,
            follow_redirects=False,
            trust_env=False,
            verify=_ssl_context(),
        ) as http:
            for hook in targets:
                await self._send(http, hook, topic, body)

    async def _send(self, http: httpx.AsyncClient, hook: Record, topic: str, body: bytes) -> None:
        agent = f"simvoly-sandbox/{__version__}"
        headers = delivery_headers(topic, self.source, body, hook.get("secret"), agent)
        status, error = None, None
        local = is_local_host(urlsplit(hook["target"]).hostname or "")
        if self.transport is None and not self.allow_remote and not local:
            error = "not sent: the target is not on this machine (allow_remote=False)"
        else:
            try:
                response = await http.post(hook["target"], content=body, headers=headers)
                status = response.status_code
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}"
        self.deliveries.append(
            Delivery(topic, hook["target"], hook["id"], status, error, body, headers)
        )


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """The certificates every delivery client trusts, as the client would build them itself
    with trust_env=False (certifi's), built once instead of for every delivery."""
    return httpx.create_ssl_context(trust_env=False)


class _Borrowed(httpx.AsyncBaseTransport):
    """An injected transport, lent to one delivery client: closing the client leaves it open."""

    def __init__(self, transport: httpx.AsyncBaseTransport) -> None:
        self._transport = transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._transport.handle_async_request(request)

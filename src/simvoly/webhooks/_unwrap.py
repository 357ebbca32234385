"""`unwrap()`: a raw delivery (body and headers) to a verified, typed event in one call."""

from __future__ import annotations

from collections.abc import Mapping

from ._events import WebhookEvent, parse
from ._replay import ReplayGuard
from ._signature import SIGNATURE_HEADER, SOURCE_HEADER, TOPIC_HEADER, verify

__all__ = ["unwrap"]


def unwrap(
    body: bytes,
    headers: Mapping[str, str],
    secret: str,
    *,
    replay_guard: ReplayGuard | None = None,
) -> WebhookEvent[object]:
    """Verify a delivery's signature, then parse it into an event.

    `body` is the raw request body (bytes, read before any parsing) and `headers` the
    request's headers, in any mapping: a dict in any letter case, or a framework's
    case-insensitive headers (Starlette, aiohttp, httpx). The signature is checked
    first, so a forged request always gets `WebhookVerificationError`, whatever else is
    wrong with it. A missing X-Webhook-Topic on a genuine body is a
    `WebhookPayloadError`: the topic is not signed, so its absence says nothing about
    who sent the body.

    Raises:
        WebhookVerificationError: The signature is missing or wrong (see `verify`).
        WebhookReplayError: `replay_guard` saw this delivery within its window.
        WebhookPayloadError: No topic header, or a body `parse` refuses.
    """
    signature = _header(headers, SIGNATURE_HEADER)
    verify(body, signature, secret)
    event = parse(
        _header(headers, TOPIC_HEADER) or "",
        body,
        source=_header(headers, SOURCE_HEADER) or None,
    )
    if replay_guard is not None and signature is not None:  # verify() refused None
        replay_guard.check(signature.lower())
    return event


def _header(headers: Mapping[str, str], name: str) -> str | None:
    """A header's value, whatever the letter case of the mapping's keys."""
    value = headers.get(name)
    if value is not None:
        return value
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return None

"""`unwrap()`: a raw delivery (body and headers) to a verified, typed event in one call."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Final, final

from ._errors import WebhookVerificationError
from ._events import WebhookEvent, parse
from ._replay import ReplayGuard
from ._signature import SIGNATURE_HEADER, SOURCE_HEADER, TOPIC_HEADER, verify

__all__ = ["UNSIGNED", "Unsigned", "unwrap"]


@final
class Unsigned:
    """The type of `UNSIGNED`: see there."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "UNSIGNED"

    def __reduce__(self) -> str:
        return "UNSIGNED"  # one instance, also after unpickling


#: Pass as `unwrap()`'s secret to accept the unsigned deliveries of a webhook created
#: without a secret. Anyone who knows the target URL can forge such a delivery: use it
#: only where that is acceptable, and prefer a webhook with a secret. It is a value of
#: its own, so that a secret read as None (an unset environment variable) can never
#: turn verification off: None, like an empty secret, refuses every delivery.
UNSIGNED: Final = Unsigned()


def unwrap(
    body: bytes,
    headers: Mapping[str, str],
    secret: str | Unsigned,
    *,
    replay_guard: ReplayGuard | None = None,
    strict: bool = False,
) -> WebhookEvent[object]:
    """Verify a delivery's signature, then parse it into an event.

    `body` is the raw request body (bytes, read before any parsing) and `headers` the
    request's headers, in any mapping: a dict in any letter case, or a framework's
    case-insensitive headers (Starlette, aiohttp, httpx). The signature is checked
    first, so a forged request always gets `WebhookVerificationError`, whatever else is
    wrong with it. A missing X-Webhook-Topic on a genuine body is a
    `WebhookPayloadError`: the topic is not signed, so its absence says nothing about
    who sent the body.

    `secret` is the webhook's secret, or `UNSIGNED` for a webhook created without one
    (its deliveries carry no signature; anyone can forge them). The body is read
    tolerantly (see `parse`); `strict` refuses any deviation from the spec.

    Raises:
        WebhookVerificationError: The signature is missing or wrong (see `verify`); or,
            with `UNSIGNED`, the delivery is signed (the webhook has a secret: pass it).
        WebhookReplayError: `replay_guard` saw this delivery within its window.
        WebhookPayloadError: No topic header, or a body `parse` refuses.
    """
    signature = _header(headers, SIGNATURE_HEADER)
    if isinstance(secret, Unsigned):
        if signature:
            raise WebhookVerificationError(
                f"the delivery carries an {SIGNATURE_HEADER}, so its webhook has a secret: "
                "pass that secret instead of UNSIGNED"
            )
        if isinstance(body, str):
            raise TypeError("unwrap() needs the raw request body as bytes, not a decoded str")
        # Nothing is signed: a repeat is told by the body alone.
        replay_key = hashlib.sha512(body).hexdigest()
    else:
        verify(body, signature, secret)
        replay_key = (signature or "").lower()  # verify() refused a missing one
    event = parse(
        _header(headers, TOPIC_HEADER) or "",
        body,
        source=_header(headers, SOURCE_HEADER) or None,
        strict=strict,
    )
    if replay_guard is not None:
        replay_guard.check(replay_key)
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

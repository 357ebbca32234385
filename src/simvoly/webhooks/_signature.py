"""Signing and checking X-Webhook-Signature: lowercase hex HMAC-SHA512 of the raw body.

Simvoly signs the exact bytes it sends, keyed with the webhook's `secret` (utf-8). Only
the body is signed: the topic and source headers, and the time of delivery, are not
(see `ReplayGuard` for the last).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from typing import Final

from ._errors import WebhookVerificationError

__all__ = [
    "SIGNATURE_HEADER",
    "SOURCE_HEADER",
    "TOPIC_HEADER",
    "delivery_headers",
    "sign",
    "verify",
]

#: The event name, e.g. `order_created` (not covered by the signature).
TOPIC_HEADER: Final = "X-Webhook-Topic"
#: The sending site's domain, e.g. `mysite.simvoly.com` (optional; not signed).
SOURCE_HEADER: Final = "X-Webhook-Source"
#: Lowercase hex HMAC-SHA512 of the raw request body, keyed with the webhook's secret.
SIGNATURE_HEADER: Final = "X-Webhook-Signature"

_SIGNATURE_LENGTH: Final = 2 * hashlib.sha512().digest_size  # 128 hex digits
# Either case: hex case carries no information (the same digest), and a proxy or test
# tool that upper-cases it should not turn a genuine delivery away.
_HEX: Final = re.compile(r"[0-9a-fA-F]+")


def delivery_headers(
    topic: str, source: str, body: bytes, secret: str | None, user_agent: str
) -> dict[str, str]:
    """The headers of a delivery of `body`, as a site sends them: signed when the webhook
    has a secret (the sandbox's deliveries and `simvoly webhooks send-test` use these)."""
    headers = {
        "Content-Type": "application/json",
        "User-Agent": user_agent,
        TOPIC_HEADER: topic,
        SOURCE_HEADER: source,
    }
    if secret:  # a webhook created without a secret is not signed
        headers[SIGNATURE_HEADER] = sign(body, secret)
    return headers


def sign(body: bytes, secret: str) -> str:
    """The X-Webhook-Signature Simvoly sends with `body`: for tests and local tools.

    Raises:
        ValueError: `secret` is empty.
    """
    if not secret:
        raise ValueError("the webhook secret is empty")
    return hmac.new(secret.encode("utf-8"), body, hashlib.sha512).hexdigest()


def verify(body: bytes, signature: str | None, secret: str) -> None:
    """Check that `signature` (the X-Webhook-Signature header) signs `body` with `secret`.

    `body` must be the raw request body, read before any JSON parsing: re-serialised
    JSON does not match. The hex digits may be of either case (Simvoly sends lowercase).
    The comparison takes constant time.

    Raises:
        WebhookVerificationError: The secret is empty; the header is missing or empty,
            not 128 hex digits, or does not match. The message never contains the
            secret or the expected signature.
        TypeError: `body` is a str (already decoded) rather than the raw bytes.
    """
    if isinstance(body, str):
        raise TypeError(
            "verify() needs the raw request body as bytes, as received, not a decoded str"
        )
    if not secret:
        raise WebhookVerificationError(
            "the webhook secret is empty: pass the secret the webhook was created with "
            "(or, to unwrap() the unsigned deliveries of a webhook without one, UNSIGNED)"
        )
    if not signature:
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header is missing or empty")
    if len(signature) != _SIGNATURE_LENGTH:
        raise WebhookVerificationError(
            f"{SIGNATURE_HEADER} must be {_SIGNATURE_LENGTH} hex digits (HMAC-SHA512), "
            f"got {len(signature)} characters"
        )
    if not _HEX.fullmatch(signature):
        raise WebhookVerificationError(f"{SIGNATURE_HEADER} has characters other than hex digits")
    if not hmac.compare_digest(signature.lower(), sign(body, secret)):
        raise WebhookVerificationError(
            f"{SIGNATURE_HEADER} does not match the body: a wrong secret, or a body that "
            "is not the raw bytes received"
        )

"""The errors of `simvoly.webhooks`: a delivery that is not authentic, or not readable.

Each is a `simvoly.SimvolyError` and a `ValueError` (the input was bad), so a receiver
can tell "not from Simvoly" (answer 401) from "from Simvoly, but unreadable" (400).
"""

from __future__ import annotations

from simvoly._exceptions import SimvolyError

__all__ = ["WebhookError", "WebhookPayloadError", "WebhookReplayError", "WebhookVerificationError"]


class WebhookError(SimvolyError, ValueError):
    """A webhook delivery was refused: the base of the errors below."""


class WebhookVerificationError(WebhookError):
    """The delivery is not authentic: its X-Webhook-Signature is missing or wrong.

    The message says why (missing header, wrong length, not hex, no match) and never
    contains the secret or the expected signature.
    """


class WebhookReplayError(WebhookVerificationError):
    """An authentic delivery seen before, within a `ReplayGuard`'s window.

    Legitimate retries by the server look the same: answer it with a 2xx (the delivery
    was handled the first time) rather than an error.
    """


class WebhookPayloadError(WebhookError):
    """The delivery is not a readable event: no topic, invalid JSON, or the wrong shape."""

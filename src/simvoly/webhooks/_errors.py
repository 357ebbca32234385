"""The errors of `simvoly.webhooks`: a delivery that is not authentic, or not readable.

Each is a `simvoly.SimvolyError` and a `ValueError` (the input was bad), so a receiver
can tell "not from Simvoly" (answer 401) from "from Simvoly, but unreadable" (400). They
are defined with the rest of the exception tree in `simvoly._exceptions`, so that
`import simvoly` exports them without loading this package.
"""

from simvoly._exceptions import (
    WebhookError,
    WebhookPayloadError,
    WebhookReplayError,
    WebhookVerificationError,
)

__all__ = ["WebhookError", "WebhookPayloadError", "WebhookReplayError", "WebhookVerificationError"]

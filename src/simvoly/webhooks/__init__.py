"""Receiving Simvoly webhooks: verify a delivery's signature, parse it, dispatch it.

Simvoly POSTs each event to the webhook's `target` with the headers X-Webhook-Topic
(e.g. `order_created`), X-Webhook-Source (the site's domain) and X-Webhook-Signature
(lowercase hex HMAC-SHA512 of the raw body, keyed with the webhook's `secret`; absent for
a webhook created without a secret, see `UNSIGNED`). Any 2xx answer acknowledges the
delivery. Bodies are read tolerantly, as answers are: an odd field never refuses a
genuine delivery (`strict=True` refuses any deviation, for tests).

    from simvoly.models import Order
    from simvoly.webhooks import (
        Dispatcher, WebhookEvent, WebhookPayloadError, WebhookVerificationError, unwrap,
    )

    dispatcher = Dispatcher()

    @dispatcher.on("order_created")
    async def order_created(event: WebhookEvent[Order]) -> None:
        print(event.source, event.data.id, event.data.total)

    # In the endpoint, with the raw body (bytes) and the request's headers:
    try:
        event = unwrap(body, headers, secret)
    except WebhookVerificationError:
        ...  # answer 401
    except WebhookPayloadError:
        ...  # answer 400
    else:
        ...  # answer 2xx now; then (in the background) await dispatcher.dispatch(event)

Pieces: `verify()` checks a signature, `parse()` turns a topic and body into a
`WebhookEvent`, `unwrap()` does both from a request, `Dispatcher` routes events to
handlers, and `ReplayGuard` refuses a delivery seen recently (no timestamp is signed).
`sign()` makes a signature, for tests. examples/ holds FastAPI and aiohttp receivers.

Errors: `WebhookError` (a `simvoly.SimvolyError` and a `ValueError`) is the base of
`WebhookVerificationError` (not authentic; `WebhookReplayError` below it) and
`WebhookPayloadError` (authentic, but not a readable event).
"""

from ._dispatch import Dispatcher, Handler
from ._errors import (
    WebhookError,
    WebhookPayloadError,
    WebhookReplayError,
    WebhookVerificationError,
)
from ._events import TOPICS, WebhookEvent, parse
from ._replay import ReplayGuard
from ._signature import SIGNATURE_HEADER, SOURCE_HEADER, TOPIC_HEADER, sign, verify
from ._unwrap import UNSIGNED, Unsigned, unwrap

__all__ = [
    "SIGNATURE_HEADER",
    "SOURCE_HEADER",
    "TOPICS",
    "TOPIC_HEADER",
    "UNSIGNED",
    "Dispatcher",
    "Handler",
    "ReplayGuard",
    "Unsigned",
    "WebhookError",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookReplayError",
    "WebhookVerificationError",
    "parse",
    "sign",
    "unwrap",
    "verify",
]

"""`WebhookEvent` and `parse()`: a delivery's topic and JSON body as a typed event.

The model of each topic comes from `TOPIC_MODELS`, generated from openapi.yaml: this
module keeps no mapping of its own. The `Literal` overloads below only tell the type
checker what `parse("order_created", ...)` returns; tests/test_webhooks.py checks that they
agree with `TOPIC_MODELS`. A topic the SDK does not know yet parses to its raw JSON, so a
new event type on the server never breaks a receiver.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Generic, Literal, TypeVar, overload

import attrs

from simvoly import _json, models
from simvoly._generated.webhook_topics import TOPIC_MODELS
from simvoly._parse_errors import describe_parse_failure
from simvoly._tolerance import SpecDeviationError

from ._errors import WebhookPayloadError
from ._signature import TOPIC_HEADER

if TYPE_CHECKING:
    from simvoly.models import Booking, Contact, FormSubmittedEvent, Order, Product

__all__ = [
    "TOPICS",
    "BookingTopic",
    "ContactTopic",
    "FormTopic",
    "OrderTopic",
    "ProductTopic",
    "WebhookEvent",
    "parse",
]

#: Every topic of openapi.yaml's `webhooks` section.
TOPICS: Final[frozenset[str]] = frozenset(TOPIC_MODELS)

# The topics of each model, for the type checker only (see the module docstring).
OrderTopic = Literal["order_created", "order_updated"]
ProductTopic = Literal["product_created", "product_updated"]
ContactTopic = Literal["contact_updated"]
BookingTopic = Literal["booking_created"]
FormTopic = Literal["form_submitted"]

DataT_co = TypeVar("DataT_co", covariant=True)


@attrs.frozen
class WebhookEvent(Generic[DataT_co]):
    """One webhook delivery: its topic, the site that sent it, and its body.

    `data` is the generated model of the topic (`Order` for `order_created`...), or the
    decoded JSON for a topic the SDK does not know. `WebhookEvent[Order]` is what a
    handler of `order_created` gets; `WebhookEvent[object]` is any event, whose `data`
    narrows with `isinstance(event.data, Order)`. The topic names a webhook subscribes
    to are the enum `simvoly.models.WebhookTopic` (`WebhookEvent` in simvoly 0.1).
    """

    topic: str
    data: DataT_co
    #: The sending site's domain (X-Webhook-Source), when known.
    source: str | None = None


@overload
def parse(
    topic: OrderTopic,
    body: bytes | str,
    *,
    source: str | None = None,
    strict: bool = False,
) -> WebhookEvent[Order]: ...
@overload
def parse(
    topic: ProductTopic,
    body: bytes | str,
    *,
    source: str | None = None,
    strict: bool = False,
) -> WebhookEvent[Product]: ...
@overload
def parse(
    topic: ContactTopic,
    body: bytes | str,
    *,
    source: str | None = None,
    strict: bool = False,
) -> WebhookEvent[Contact]: ...
@overload
def parse(
    topic: BookingTopic,
    body: bytes | str,
    *,
    source: str | None = None,
    strict: bool = False,
) -> WebhookEvent[Booking]: ...
@overload
def parse(
    topic: FormTopic,
    body: bytes | str,
    *,
    source: str | None = None,
    strict: bool = False,
) -> WebhookEvent[FormSubmittedEvent]: ...
@overload
def parse(
    topic: str, body: bytes | str, *, source: str | None = None, strict: bool = False
) -> WebhookEvent[object]: ...
def parse(
    topic: str, body: bytes | str, *, source: str | None = None, strict: bool = False
) -> WebhookEvent[Any]:
    """The event of a delivery's topic (X-Webhook-Topic) and body; checks no signature.

    The body is read tolerantly, as answers are (see `simvoly.models`): a null, a value
    of the wrong type or an unreadable list item never refuses a genuine delivery; the
    raw value is kept in the model's `additional_properties`. Extra fields and enum
    values newer than the SDK parse too. With `strict`, any deviation from openapi.yaml
    is a `WebhookPayloadError` naming the model and the field (for your own tests).

    Raises:
        WebhookPayloadError: The topic is empty; the body is not UTF-8 or not JSON; or,
            for a known topic, the JSON is not an object or lacks a readable required
            field (the record's `id`), or with `strict`, deviates from the spec.
        TypeError: `body` is neither bytes nor str.
    """
    if not topic:
        raise WebhookPayloadError(f"the delivery has no topic (the {TOPIC_HEADER} header)")
    decoded = _decode(body)
    model_name = TOPIC_MODELS.get(topic)
    if model_name is None:
        return WebhookEvent(topic, decoded, source)
    if not isinstance(decoded, dict):
        raise WebhookPayloadError(
            f"the {topic} body must be a JSON object ({model_name}), got {type(decoded).__name__}"
        )
    try:
        data = getattr(models, model_name).from_dict(decoded, strict=strict)
    except SpecDeviationError as exc:
        raise WebhookPayloadError(
            f"the {topic} body is {describe_parse_failure(exc, model_name)}"
        ) from exc
    return WebhookEvent(topic, data, source)


def _decode(body: bytes | str) -> object:
    """The JSON value of a body (strict UTF-8 when bytes)."""
    if isinstance(body, str):
        text = body
    elif isinstance(body, bytes | bytearray | memoryview):
        try:
            text = bytes(body).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise WebhookPayloadError(f"the body is not UTF-8: {exc}") from exc
    else:
        raise TypeError(f"the body must be bytes or str, not {type(body).__name__}")
    try:
        return _json.loads(text)
    # RecursionError: JSON nested deeper than the interpreter's recursion limit.
    except (ValueError, RecursionError) as exc:
        raise WebhookPayloadError(f"the body is not valid JSON: {exc}") from exc

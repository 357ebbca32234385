from enum import StrEnum
from typing import Self


class WebhookTopic(StrEnum):
    """An event a webhook can subscribe to: the value of a delivery's X-Webhook-Topic.
    (Named WebhookEvent in simvoly 0.1; `simvoly.webhooks.WebhookEvent` is a parsed
    delivery.)"""

    BOOKING_CREATED = "booking_created"
    CONTACT_UPDATED = "contact_updated"
    FORM_SUBMITTED = "form_submitted"
    ORDER_CREATED = "order_created"
    ORDER_UPDATED = "order_updated"
    PRODUCT_CREATED = "product_created"
    PRODUCT_UPDATED = "product_updated"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        # A value newer than this client: keep it rather than fail the whole response.
        # Arguments are checked against the listed members before sending instead.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

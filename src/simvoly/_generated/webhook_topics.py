"""Webhook topics of openapi.yaml and the model each delivery carries.

Generated from the `webhooks` section of openapi.yaml by `make generate`; do not edit.
"""

from typing import Final

#: topic -> name of the model (in simvoly.models) of the delivery's JSON body.
TOPIC_MODELS: Final[dict[str, str]] = {
    "order_created": "Order",
    "order_updated": "Order",
    "product_created": "Product",
    "product_updated": "Product",
    "form_submitted": "FormSubmittedEvent",
    "contact_updated": "Contact",
    "booking_created": "Booking",
}

"""All the data models used in inputs and outputs; each loads on first use.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address
    from .booking import Booking
    from .booking_page import BookingPage
    from .category import Category
    from .contact import Contact
    from .contact_input import ContactInput
    from .contact_page import ContactPage
    from .contact_property import ContactProperty
    from .discount_type import DiscountType
    from .error import Error
    from .event_details import EventDetails
    from .field_value import FieldValue
    from .form_submission import FormSubmission
    from .form_submission_page import FormSubmissionPage
    from .form_submitted_event import FormSubmittedEvent
    from .fulfillment import Fulfillment
    from .member import Member
    from .member_group import MemberGroup
    from .member_group_input import MemberGroupInput
    from .member_input import MemberInput
    from .member_page import MemberPage
    from .member_session import MemberSession
    from .member_session_input import MemberSessionInput
    from .name_value import NameValue
    from .operator import Operator
    from .order import Order
    from .order_item import OrderItem
    from .order_note import OrderNote
    from .order_page import OrderPage
    from .order_status import OrderStatus
    from .order_status_update import OrderStatusUpdate
    from .order_update import OrderUpdate
    from .product import Product
    from .product_input import ProductInput
    from .product_option import ProductOption
    from .product_page import ProductPage
    from .product_type import ProductType
    from .product_variant import ProductVariant
    from .service import Service
    from .subscriber_list import SubscriberList
    from .subscriber_list_input import SubscriberListInput
    from .subscription import Subscription
    from .success import Success
    from .tax import Tax
    from .webhook import Webhook
    from .webhook_input import WebhookInput
    from .webhook_topic import WebhookTopic
    from .website_ref import WebsiteRef

_MODULES: dict[str, str] = {
    "Address": "address",
    "Booking": "booking",
    "BookingPage": "booking_page",
    "Category": "category",
    "Contact": "contact",
    "ContactInput": "contact_input",
    "ContactPage": "contact_page",
    "ContactProperty": "contact_property",
    "DiscountType": "discount_type",
    "Error": "error",
    "EventDetails": "event_details",
    "FieldValue": "field_value",
    "FormSubmission": "form_submission",
    "FormSubmissionPage": "form_submission_page",
    "FormSubmittedEvent": "form_submitted_event",
    "Fulfillment": "fulfillment",
    "Member": "member",
    "MemberGroup": "member_group",
    "MemberGroupInput": "member_group_input",
    "MemberInput": "member_input",
    "MemberPage": "member_page",
    "MemberSession": "member_session",
    "MemberSessionInput": "member_session_input",
    "NameValue": "name_value",
    "Operator": "operator",
    "Order": "order",
    "OrderItem": "order_item",
    "OrderNote": "order_note",
    "OrderPage": "order_page",
    "OrderStatus": "order_status",
    "OrderStatusUpdate": "order_status_update",
    "OrderUpdate": "order_update",
    "Product": "product",
    "ProductInput": "product_input",
    "ProductOption": "product_option",
    "ProductPage": "product_page",
    "ProductType": "product_type",
    "ProductVariant": "product_variant",
    "Service": "service",
    "SubscriberList": "subscriber_list",
    "SubscriberListInput": "subscriber_list_input",
    "Subscription": "subscription",
    "Success": "success",
    "Tax": "tax",
    "Webhook": "webhook",
    "WebhookInput": "webhook_input",
    "WebhookTopic": "webhook_topic",
    "WebsiteRef": "website_ref",
}

__all__ = (
    "Address",
    "Booking",
    "BookingPage",
    "Category",
    "Contact",
    "ContactInput",
    "ContactPage",
    "ContactProperty",
    "DiscountType",
    "Error",
    "EventDetails",
    "FieldValue",
    "FormSubmission",
    "FormSubmissionPage",
    "FormSubmittedEvent",
    "Fulfillment",
    "Member",
    "MemberGroup",
    "MemberGroupInput",
    "MemberInput",
    "MemberPage",
    "MemberSession",
    "MemberSessionInput",
    "NameValue",
    "Operator",
    "Order",
    "OrderItem",
    "OrderNote",
    "OrderPage",
    "OrderStatus",
    "OrderStatusUpdate",
    "OrderUpdate",
    "Product",
    "ProductInput",
    "ProductOption",
    "ProductPage",
    "ProductType",
    "ProductVariant",
    "Service",
    "SubscriberList",
    "SubscriberListInput",
    "Subscription",
    "Success",
    "Tax",
    "Webhook",
    "WebhookInput",
    "WebhookTopic",
    "WebsiteRef",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})

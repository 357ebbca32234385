"""Just enough JSON Schema to check the request bodies of openapi.yaml, without its file.

The wheel ships no openapi.yaml and no YAML parser, so the input schemas are restated
here as small validator objects; `tests/testing/test_schema.py` checks them field by field
against openapi.yaml, so they cannot drift. A check that fails raises `ApiError(400)`
naming the field. Valid objects come back holding only the fields the schema declares
(unknown fields are ignored, as the spec allows them).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import urlsplit

import attrs

from simvoly._generated.webhook_topics import TOPIC_MODELS

from ._errors import bad_request

__all__ = [
    "INPUTS",
    "ORDER_STATUSES",
    "PRODUCT_TYPES",
    "WEBHOOK_EVENTS",
    "Arr",
    "Bool",
    "Enum",
    "Int",
    "Nullable",
    "Num",
    "Obj",
    "Str",
    "Validator",
]

_EMAIL: Final = re.compile(r"[^@\s]+@[^@\s]+")
_INT64: Final = range(-(2**63), 2**63)
_URI: Final = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s]*")

PRODUCT_TYPES: Final = ("physical", "digital", "service", "membership")
#: Stored and returned in lowercase; the update operation takes them in uppercase.
ORDER_STATUSES: Final = ("pending", "shipped", "completed", "canceled", "archived")
WEBHOOK_EVENTS: Final = tuple(TOPIC_MODELS)


class Validator:
    """Checks one value; returns it (objects: only their declared fields)."""

    #: The JSON Schema type this checks, for the drift test against openapi.yaml.
    json_type: str = ""

    def check(self, where: str, value: Any) -> Any:
        raise NotImplementedError


@attrs.frozen
class Str(Validator):
    """A string; `format` is "email", "uri", "http-url" (absolute http(s)) or None."""

    format: str | None = None
    non_empty: bool = False
    json_type = "string"

    def check(self, where: str, value: Any) -> Any:
        if not isinstance(value, str):
            raise bad_request(f"{where} must be a string")
        if self.non_empty and not value.strip():
            raise bad_request(f"{where} must not be empty")
        if self.format == "email" and not _EMAIL.fullmatch(value):
            raise bad_request(f"{where} must be an email address")
        if self.format == "uri" and not _URI.fullmatch(value):
            raise bad_request(f"{where} must be an absolute URI")
        if self.format == "http-url" and not _is_http_url(value):
            raise bad_request(f"{where} must be an absolute http(s) URL")
        return value


@attrs.frozen
class Int(Validator):
    """An integer (JSON booleans are not integers)."""

    json_type = "integer"

    def check(self, where: str, value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int) or value not in _INT64:
            raise bad_request(f"{where} must be a 64-bit integer")
        return value


@attrs.frozen
class Num(Validator):
    """A number: an integer or a float."""

    json_type = "number"

    def check(self, where: str, value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise bad_request(f"{where} must be a number")
        return value


@attrs.frozen
class Bool(Validator):
    """true or false."""

    json_type = "boolean"

    def check(self, where: str, value: Any) -> Any:
        if not isinstance(value, bool):
            raise bad_request(f"{where} must be true or false")
        return value


@attrs.frozen
class Enum(Validator):
    """One of `values`, exactly (case matters: order statuses are uppercase on input)."""

    values: tuple[str, ...]
    json_type = "string"

    def check(self, where: str, value: Any) -> Any:
        if value not in self.values:
            raise bad_request(f"{where} must be one of {', '.join(self.values)}")
        return value


@attrs.frozen
class Arr(Validator):
    """A list whose every item passes `items`."""

    items: Validator
    json_type = "array"

    def check(self, where: str, value: Any) -> Any:
        if not isinstance(value, list):
            raise bad_request(f"{where} must be an array")
        return [self.items.check(f"{where}[{index}]", item) for index, item in enumerate(value)]


@attrs.frozen
class Nullable(Validator):
    """`null`, or a value `inner` accepts (`type: [x, "null"]`)."""

    inner: Validator
    json_type: str = attrs.field(init=False)

    @json_type.default
    def _inner_json_type(self) -> str:
        return self.inner.json_type

    def check(self, where: str, value: Any) -> Any:
        return None if value is None else self.inner.check(where, value)


@attrs.frozen
class Obj(Validator):
    """An object with `fields`, of which `required` must be present."""

    fields: Mapping[str, Validator]
    required: tuple[str, ...] = ()
    json_type = "object"

    def check(self, where: str, value: Any) -> Any:
        if not isinstance(value, dict):
            raise bad_request(f"{where} must be a JSON object")
        for name in self.required:
            if name not in value:
                raise bad_request(f"{_join(where, name)} is required")
        return {
            name: validator.check(_join(where, name), value[name])
            for name, validator in self.fields.items()
            if name in value
        }


def _join(where: str, name: str) -> str:
    return f"{where}.{name}" if where != "body" else name


def _is_http_url(value: str) -> bool:
    if any(char.isspace() for char in value):
        return False
    try:
        parts = urlsplit(value)
        _ = parts.port  # raises for a port that is not a number
    except ValueError:  # a malformed port or IPv6 literal
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


STR = Str()
NAME = Str(non_empty=True)
INT = Int()
NUM = Num()
BOOL = Bool()
EMAIL = Str("email")
URI = Str("uri")

_ADDRESS_FIELDS = (
    "name phone companyName companyId vatId country state city zipCode address address2"
)
ADDRESS = Obj(dict.fromkeys(_ADDRESS_FIELDS.split(), STR))
_NAME_VALUE = Obj({"name": STR, "value": STR})

#: The request body schemas of openapi.yaml, by their component name.
INPUTS: Final[dict[str, Obj]] = {
    "ContactInput": Obj(
        {
            "name": STR,
            "email": EMAIL,
            "phone": STR,
            "note": STR,
            "address": STR,
            "city": STR,
            "state": STR,
            "zip": STR,
            "country": STR,
            "companyName": STR,
            "properties": Arr(_NAME_VALUE),
            "tags": Arr(STR),
            "subscribed": BOOL,
            "subscriberLists": Arr(INT),
        },
        required=("email",),
    ),
    "MemberInput": Obj(
        {
            "name": NAME,
            "email": EMAIL,
            "password": STR,
            "groups": Arr(INT),
            "approved": BOOL,
            "billingAddress": ADDRESS,
            "shippingAddress": ADDRESS,
        },
        required=("name", "email"),
    ),
    "MemberSessionInput": Obj({"email": EMAIL, "path": STR}, required=("email",)),
    "MemberGroupInput": Obj({"name": NAME, "link": STR}, required=("name",)),
    "ProductInput": Obj(
        {
            "type": Enum(PRODUCT_TYPES),
            "title": NAME,
            "description": STR,
            "url": STR,
            "hidden": BOOL,
            "images": Arr(URI),
            "categories": Arr(Obj({"id": INT, "name": STR, "url": STR, "parentCategory": INT})),
            "options": Arr(Obj({"name": STR, "values": Arr(STR), "advanced": BOOL})),
            "variants": Arr(
                Obj(
                    {
                        "options": Arr(STR),
                        "price": NUM,
                        "onSale": BOOL,
                        "regularPrice": Nullable(NUM),
                        "salePrice": Nullable(NUM),
                        "quantity": Nullable(INT),
                        "sku": Nullable(STR),
                        "weight": Nullable(NUM),
                    }
                )
            ),
            "subscription": Obj({"cycles": INT, "period": INT, "periodUnit": STR}),
            "file": URI,
        },
        required=("type", "title"),
    ),
    "OrderUpdate": Obj(
        {
            "customerName": STR,
            "customerEmail": EMAIL,
            "billingAddress": ADDRESS,
            "shippingAddress": ADDRESS,
            "paymentMethod": STR,
            "transactionId": STR,
            "paid": BOOL,
            "status": Enum(tuple(status.upper() for status in ORDER_STATUSES)),
            "fulfillment": Obj({"courier": STR, "trackingNo": STR, "trackingUrl": URI}),
            "notifyCustomer": BOOL,
        }
    ),
    "SubscriberListInput": Obj({"name": NAME}, required=("name",)),
    "WebhookInput": Obj(
        {
            "target": Str("http-url"),
            "secret": STR,
            "events": Arr(Enum(WEBHOOK_EVENTS)),
        },
        required=("target", "events"),
    ),
}

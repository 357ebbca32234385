from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from simvoly._tolerance import (
    BOOLEAN,
    INTEGER,
    NUMBER,
    NUMBER_TYPES,
    STRING,
    Fallback,
    Field,
    SpecDeviationError,
    enum_members,
    enum_of,
    list_of,
    model_of,
    read,
    register,
)

from ..models.discount_type import DiscountType
from ..models.order_status import OrderStatus
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.field_value import FieldValue
    from ..models.fulfillment import Fulfillment
    from ..models.order_item import OrderItem
    from ..models.order_note import OrderNote
    from ..models.tax import Tax


T = TypeVar("T", bound="Order")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "id",
        "invoiceNo",
        "created",
        "createdTimeFormatted",
        "token",
        "customerName",
        "customerEmail",
        "contactId",
        "memberId",
        "shippingAddress",
        "billingAddress",
        "shippingRequired",
        "weight",
        "weightUnit",
        "subTotal",
        "total",
        "currency",
        "discountCode",
        "discountType",
        "discountAmount",
        "shippingName",
        "shippingAmount",
        "paid",
        "paymentMethod",
        "transactionId",
        "status",
        "taxes",
        "items",
        "tags",
        "additionalFields",
        "fulfillment",
        "notes",
    }
)

_DISCOUNT_TYPE_MEMBERS = enum_members(DiscountType)
_ORDER_STATUS_MEMBERS = enum_members(OrderStatus)


@_attrs_define
class Order:
    """A store order.

    Attributes:
        id (int): Unique identifier.
        invoice_no (int | Unset): Invoice number assigned to the order.
        created (int | Unset): Timestamp in Unix seconds since epoch (time placed).
        created_time_formatted (str | Unset): The time placed, formatted for people in the site's settings (e.g.
            "14/07/2025 16:44"); `created` is the machine-readable one.
        token (str | Unset): The order's access token (a UUID in real answers). Treat it as a secret: it is redacted
            from reprs.
        customer_name (str | Unset):
        customer_email (str | Unset):
        contact_id (int | Unset): Unique identifier of the contact that made the order.
        member_id (int | Unset): Unique identifier of the registered member that made the order (if any).
        shipping_address (Address | Unset): A billing or shipping address. Real answers send `""` for empty fields.
        billing_address (Address | Unset): A billing or shipping address. Real answers send `""` for empty fields.
        shipping_required (bool | Unset): Whether the order contains physical products requiring shipping.
        weight (float | Unset): Total weight of the order.
        weight_unit (str | Unset): Weight unit (kg, lb).
        sub_total (float | Unset):
        total (float | Unset):
        currency (str | Unset): The order's currency, an ISO 4217 code (e.g. EUR).
        discount_code (None | str | Unset): Used discount code; null when none was used.
        discount_type (DiscountType | None | Unset): Type of discount used; null when no discount was used.
        discount_amount (float | Unset):
        shipping_name (str | Unset): Shipping method used (if any).
        shipping_amount (float | Unset): Cost of shipping.
        paid (bool | Unset): Whether the order is paid.
        payment_method (str | Unset): Payment method used to place the order.
        transaction_id (str | Unset): If paid, the payment transaction id.
        status (OrderStatus | Unset): Order status. Returned in lowercase; see OrderStatusUpdate for the uppercase
            values the update operation accepts.
        taxes (list[Tax] | Unset):
        items (list[OrderItem] | Unset):
        tags (list[str] | Unset): List of tags assigned to the order.
        additional_fields (list[FieldValue] | None | Unset): Field/value pairs of all additional fields collected with
            the order; null when the checkout collected none.
        fulfillment (Fulfillment | None | Unset): Shipping details; null until the order is shipped.
        notes (list[OrderNote] | Unset): Private notes added to this order (time/value pairs).
    """

    id: int
    invoice_no: int | Unset = UNSET
    created: int | Unset = UNSET
    created_time_formatted: str | Unset = UNSET
    token: str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)
    customer_name: str | Unset = UNSET
    customer_email: str | Unset = UNSET
    contact_id: int | Unset = UNSET
    member_id: int | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    billing_address: Address | Unset = UNSET
    shipping_required: bool | Unset = UNSET
    weight: float | Unset = UNSET
    weight_unit: str | Unset = UNSET
    sub_total: float | Unset = UNSET
    total: float | Unset = UNSET
    currency: str | Unset = UNSET
    discount_code: str | Unset | None = UNSET
    discount_type: DiscountType | Unset | None = UNSET
    discount_amount: float | Unset = UNSET
    shipping_name: str | Unset = UNSET
    shipping_amount: float | Unset = UNSET
    paid: bool | Unset = UNSET
    payment_method: str | Unset = UNSET
    transaction_id: str | Unset = UNSET
    status: OrderStatus | Unset = UNSET
    taxes: list[Tax] | Unset = UNSET
    items: list[OrderItem] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_fields: list[FieldValue] | Unset | None = UNSET
    fulfillment: Fulfillment | Unset | None = UNSET
    notes: list[OrderNote] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fulfillment import Fulfillment

        id = self.id

        invoice_no = self.invoice_no

        created = self.created

        created_time_formatted = self.created_time_formatted

        token = self.token

        customer_name = self.customer_name

        customer_email = self.customer_email

        contact_id = self.contact_id

        member_id = self.member_id

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        shipping_required = self.shipping_required

        weight = self.weight

        weight_unit = self.weight_unit

        sub_total = self.sub_total

        total = self.total

        currency = self.currency

        discount_code: str | Unset | None
        if isinstance(self.discount_code, Unset):
            discount_code = UNSET
        else:
            discount_code = self.discount_code

        discount_type: str | Unset | None
        if isinstance(self.discount_type, Unset):
            discount_type = UNSET
        elif isinstance(self.discount_type, DiscountType):
            discount_type = self.discount_type.value
        else:
            discount_type = self.discount_type

        discount_amount = self.discount_amount

        shipping_name = self.shipping_name

        shipping_amount = self.shipping_amount

        paid = self.paid

        payment_method = self.payment_method

        transaction_id = self.transaction_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = []
            for taxes_item_data in self.taxes:
                taxes_item = taxes_item_data.to_dict()
                taxes.append(taxes_item)

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        additional_fields: list[dict[str, Any]] | Unset | None
        if isinstance(self.additional_fields, Unset):
            additional_fields = UNSET
        elif isinstance(self.additional_fields, list):
            additional_fields = []
            for additional_fields_type_0_item_data in self.additional_fields:
                additional_fields_type_0_item = additional_fields_type_0_item_data.to_dict()
                additional_fields.append(additional_fields_type_0_item)

        else:
            additional_fields = self.additional_fields

        fulfillment: dict[str, Any] | Unset | None
        if isinstance(self.fulfillment, Unset):
            fulfillment = UNSET
        elif isinstance(self.fulfillment, Fulfillment):
            fulfillment = self.fulfillment.to_dict()
        else:
            fulfillment = self.fulfillment

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item = notes_item_data.to_dict()
                notes.append(notes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "id": id,
            }
        )
        if invoice_no is not UNSET:
            field_dict["invoiceNo"] = invoice_no
        if created is not UNSET:
            field_dict["created"] = created
        if created_time_formatted is not UNSET:
            field_dict["createdTimeFormatted"] = created_time_formatted
        if token is not UNSET:
            field_dict["token"] = token
        if customer_name is not UNSET:
            field_dict["customerName"] = customer_name
        if customer_email is not UNSET:
            field_dict["customerEmail"] = customer_email
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if member_id is not UNSET:
            field_dict["memberId"] = member_id
        if shipping_address is not UNSET:
            field_dict["shippingAddress"] = shipping_address
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if shipping_required is not UNSET:
            field_dict["shippingRequired"] = shipping_required
        if weight is not UNSET:
            field_dict["weight"] = weight
        if weight_unit is not UNSET:
            field_dict["weightUnit"] = weight_unit
        if sub_total is not UNSET:
            field_dict["subTotal"] = sub_total
        if total is not UNSET:
            field_dict["total"] = total
        if currency is not UNSET:
            field_dict["currency"] = currency
        if discount_code is not UNSET:
            field_dict["discountCode"] = discount_code
        if discount_type is not UNSET:
            field_dict["discountType"] = discount_type
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
        if shipping_name is not UNSET:
            field_dict["shippingName"] = shipping_name
        if shipping_amount is not UNSET:
            field_dict["shippingAmount"] = shipping_amount
        if paid is not UNSET:
            field_dict["paid"] = paid
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if status is not UNSET:
            field_dict["status"] = status
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if items is not UNSET:
            field_dict["items"] = items
        if tags is not UNSET:
            field_dict["tags"] = tags
        if additional_fields is not UNSET:
            field_dict["additionalFields"] = additional_fields
        if fulfillment is not UNSET:
            field_dict["fulfillment"] = fulfillment
        if notes is not UNSET:
            field_dict["notes"] = notes
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """Read a JSON object of the API: tolerantly, or with `strict`, checking it.

        Tolerant: null and wrongly typed values read as absent and are kept in
        `additional_properties`, unreadable list items are left out (see
        `simvoly._tolerance`). Strict: any deviation from the spec raises.

        Raises:
            SpecDeviationError: `src_dict` is not an object, or a required field is
                missing, null or of the wrong type; with `strict`, any deviation.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            return read(cls, src_dict, strict)
        # Every field there and no other, as answers usually are: read by subscript, with
        # no look for unknown keys after; else by get(), absent ones UNSET.
        _exact = len(src_dict) == 32
        if _exact:
            try:
                id = src_dict["id"]
                invoice_no = src_dict["invoiceNo"]
                created = src_dict["created"]
                created_time_formatted = src_dict["createdTimeFormatted"]
                token = src_dict["token"]
                customer_name = src_dict["customerName"]
                customer_email = src_dict["customerEmail"]
                contact_id = src_dict["contactId"]
                member_id = src_dict["memberId"]
                shipping_address = src_dict["shippingAddress"]
                billing_address = src_dict["billingAddress"]
                shipping_required = src_dict["shippingRequired"]
                weight = src_dict["weight"]
                weight_unit = src_dict["weightUnit"]
                sub_total = src_dict["subTotal"]
                total = src_dict["total"]
                currency = src_dict["currency"]
                discount_code = src_dict["discountCode"]
                discount_type = src_dict["discountType"]
                discount_amount = src_dict["discountAmount"]
                shipping_name = src_dict["shippingName"]
                shipping_amount = src_dict["shippingAmount"]
                paid = src_dict["paid"]
                payment_method = src_dict["paymentMethod"]
                transaction_id = src_dict["transactionId"]
                status = src_dict["status"]
                taxes = src_dict["taxes"]
                items = src_dict["items"]
                tags = src_dict["tags"]
                additional_fields = src_dict["additionalFields"]
                fulfillment = src_dict["fulfillment"]
                notes = src_dict["notes"]
            except KeyError:
                _exact = False
        if not _exact:
            _get = src_dict.get
            id = _get("id", UNSET)
            invoice_no = _get("invoiceNo", UNSET)
            created = _get("created", UNSET)
            created_time_formatted = _get("createdTimeFormatted", UNSET)
            token = _get("token", UNSET)
            customer_name = _get("customerName", UNSET)
            customer_email = _get("customerEmail", UNSET)
            contact_id = _get("contactId", UNSET)
            member_id = _get("memberId", UNSET)
            shipping_address = _get("shippingAddress", UNSET)
            billing_address = _get("billingAddress", UNSET)
            shipping_required = _get("shippingRequired", UNSET)
            weight = _get("weight", UNSET)
            weight_unit = _get("weightUnit", UNSET)
            sub_total = _get("subTotal", UNSET)
            total = _get("total", UNSET)
            currency = _get("currency", UNSET)
            discount_code = _get("discountCode", UNSET)
            discount_type = _get("discountType", UNSET)
            discount_amount = _get("discountAmount", UNSET)
            shipping_name = _get("shippingName", UNSET)
            shipping_amount = _get("shippingAmount", UNSET)
            paid = _get("paid", UNSET)
            payment_method = _get("paymentMethod", UNSET)
            transaction_id = _get("transactionId", UNSET)
            status = _get("status", UNSET)
            taxes = _get("taxes", UNSET)
            items = _get("items", UNSET)
            tags = _get("tags", UNSET)
            additional_fields = _get("additionalFields", UNSET)
            fulfillment = _get("fulfillment", UNSET)
            notes = _get("notes", UNSET)
        try:
            if not (
                type(id) is int
                and (type(invoice_no) is int or invoice_no is UNSET)
                and (type(created) is int or created is UNSET)
                and (type(created_time_formatted) is str or created_time_formatted is UNSET)
                and (type(token) is str or token is UNSET)
                and (type(customer_name) is str or customer_name is UNSET)
                and (type(customer_email) is str or customer_email is UNSET)
                and (type(contact_id) is int or contact_id is UNSET)
                and (type(member_id) is int or member_id is UNSET)
                and (type(shipping_required) is bool or shipping_required is UNSET)
                and (type(weight) in NUMBER_TYPES or weight is UNSET)
                and (type(weight_unit) is str or weight_unit is UNSET)
                and (type(sub_total) in NUMBER_TYPES or sub_total is UNSET)
                and (type(total) in NUMBER_TYPES or total is UNSET)
                and (type(currency) is str or currency is UNSET)
                and (type(discount_code) is str or discount_code is None or discount_code is UNSET)
                and (type(discount_amount) in NUMBER_TYPES or discount_amount is UNSET)
                and (type(shipping_name) is str or shipping_name is UNSET)
                and (type(shipping_amount) in NUMBER_TYPES or shipping_amount is UNSET)
                and (type(paid) is bool or paid is UNSET)
                and (type(payment_method) is str or payment_method is UNSET)
                and (type(transaction_id) is str or transaction_id is UNSET)
            ):
                raise Fallback
            if shipping_address is not UNSET:
                if type(shipping_address) is not dict:
                    raise Fallback
                shipping_address = Address.from_dict(shipping_address, strict=strict)
            if billing_address is not UNSET:
                if type(billing_address) is not dict:
                    raise Fallback
                billing_address = Address.from_dict(billing_address, strict=strict)
            if discount_type is not UNSET and discount_type is not None:
                if type(discount_type) is not str:
                    raise Fallback
                discount_type = _DISCOUNT_TYPE_MEMBERS.get(discount_type) or DiscountType(
                    discount_type
                )
            if status is not UNSET:
                if type(status) is not str:
                    raise Fallback
                status = _ORDER_STATUS_MEMBERS.get(status) or OrderStatus(status)
            if taxes is not UNSET:
                if type(taxes) is not list:
                    raise Fallback
                _read_taxes = Tax.from_dict
                taxes = [_read_taxes(_item, strict=strict) for _item in taxes]
            if items is not UNSET:
                if type(items) is not list:
                    raise Fallback
                _read_items = OrderItem.from_dict
                items = [_read_items(_item, strict=strict) for _item in items]
            if tags is not UNSET:
                if type(tags) is not list:
                    raise Fallback
                for _item in tags:
                    if type(_item) is not str:
                        raise Fallback
            if additional_fields is not UNSET and additional_fields is not None:
                if type(additional_fields) is not list:
                    raise Fallback
                _read_additional_fields = FieldValue.from_dict
                additional_fields = [
                    _read_additional_fields(_item, strict=strict) for _item in additional_fields
                ]
            if fulfillment is not UNSET and fulfillment is not None:
                if type(fulfillment) is not dict:
                    raise Fallback
                fulfillment = Fulfillment.from_dict(fulfillment, strict=strict)
            if notes is not UNSET:
                if type(notes) is not list:
                    raise Fallback
                _read_notes = OrderNote.from_dict
                notes = [_read_notes(_item, strict=strict) for _item in notes]
        except (Fallback, SpecDeviationError):
            return read(cls, src_dict, strict)
        _self = cls(
            id,
            invoice_no,
            created,
            created_time_formatted,
            token,
            customer_name,
            customer_email,
            contact_id,
            member_id,
            shipping_address,
            billing_address,
            shipping_required,
            weight,
            weight_unit,
            sub_total,
            total,
            currency,
            discount_code,
            discount_type,
            discount_amount,
            shipping_name,
            shipping_amount,
            paid,
            payment_method,
            transaction_id,
            status,
            taxes,
            items,
            tags,
            additional_fields,
            fulfillment,
            notes,
        )
        if not _exact and not _FIELDS.issuperset(src_dict):
            _self.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
        return _self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


if not TYPE_CHECKING:
    from ..models.address import Address
    from ..models.field_value import FieldValue
    from ..models.fulfillment import Fulfillment
    from ..models.order_item import OrderItem
    from ..models.order_note import OrderNote
    from ..models.tax import Tax


def _describe() -> tuple[Field, ...]:
    return (
        Field("id", "id", INTEGER, required=True),
        Field("invoiceNo", "invoice_no", INTEGER),
        Field("created", "created", INTEGER),
        Field("createdTimeFormatted", "created_time_formatted", STRING),
        Field("token", "token", STRING),
        Field("customerName", "customer_name", STRING),
        Field("customerEmail", "customer_email", STRING),
        Field("contactId", "contact_id", INTEGER),
        Field("memberId", "member_id", INTEGER),
        Field("shippingAddress", "shipping_address", model_of(Address)),
        Field("billingAddress", "billing_address", model_of(Address)),
        Field("shippingRequired", "shipping_required", BOOLEAN),
        Field("weight", "weight", NUMBER),
        Field("weightUnit", "weight_unit", STRING),
        Field("subTotal", "sub_total", NUMBER),
        Field("total", "total", NUMBER),
        Field("currency", "currency", STRING),
        Field("discountCode", "discount_code", STRING, nullable=True),
        Field("discountType", "discount_type", enum_of(DiscountType), nullable=True),
        Field("discountAmount", "discount_amount", NUMBER),
        Field("shippingName", "shipping_name", STRING),
        Field("shippingAmount", "shipping_amount", NUMBER),
        Field("paid", "paid", BOOLEAN),
        Field("paymentMethod", "payment_method", STRING),
        Field("transactionId", "transaction_id", STRING),
        Field("status", "status", enum_of(OrderStatus)),
        Field("taxes", "taxes", list_of(model_of(Tax))),
        Field("items", "items", list_of(model_of(OrderItem))),
        Field("tags", "tags", list_of(STRING)),
        Field(
            "additionalFields", "additional_fields", list_of(model_of(FieldValue)), nullable=True
        ),
        Field("fulfillment", "fulfillment", model_of(Fulfillment), nullable=True),
        Field("notes", "notes", list_of(model_of(OrderNote))),
    )


register(Order, _describe)

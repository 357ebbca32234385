from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from simvoly._tolerance import (
    BOOLEAN,
    STRING,
    Fallback,
    Field,
    SpecDeviationError,
    enum_members,
    enum_of,
    model_of,
    read,
    register,
)

from ..models.order_status_update import OrderStatusUpdate
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.fulfillment import Fulfillment


T = TypeVar("T", bound="OrderUpdate")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "customerName",
        "customerEmail",
        "billingAddress",
        "shippingAddress",
        "paymentMethod",
        "transactionId",
        "paid",
        "status",
        "fulfillment",
        "notifyCustomer",
    }
)

_ORDER_STATUS_UPDATE_MEMBERS = enum_members(OrderStatusUpdate)


@_attrs_define
class OrderUpdate:
    """The fields of an order to update. Only non-empty fields are set.

    Attributes:
        customer_name (str | Unset):
        customer_email (str | Unset):
        billing_address (Address | Unset): A billing or shipping address. Real answers send `""` for empty fields.
        shipping_address (Address | Unset): A billing or shipping address. Real answers send `""` for empty fields.
        payment_method (str | Unset): The payment method type, e.g. "stripe".
        transaction_id (str | Unset): The transaction id uniquely identifying the payment for this order.
        paid (bool | Unset):
        status (OrderStatusUpdate | Unset): The order status to set (uppercase).
        fulfillment (Fulfillment | Unset): Shipping details of an order.
        notify_customer (bool | Unset): Whether to notify the customer of this change.
    """

    customer_name: str | Unset = UNSET
    customer_email: str | Unset = UNSET
    billing_address: Address | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    payment_method: str | Unset = UNSET
    transaction_id: str | Unset = UNSET
    paid: bool | Unset = UNSET
    status: OrderStatusUpdate | Unset = UNSET
    fulfillment: Fulfillment | Unset = UNSET
    notify_customer: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_name = self.customer_name

        customer_email = self.customer_email

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        payment_method = self.payment_method

        transaction_id = self.transaction_id

        paid = self.paid

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        fulfillment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fulfillment, Unset):
            fulfillment = self.fulfillment.to_dict()

        notify_customer = self.notify_customer

        field_dict: dict[str, Any] = {}
        field_dict.update({})
        if customer_name is not UNSET:
            field_dict["customerName"] = customer_name
        if customer_email is not UNSET:
            field_dict["customerEmail"] = customer_email
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shippingAddress"] = shipping_address
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if paid is not UNSET:
            field_dict["paid"] = paid
        if status is not UNSET:
            field_dict["status"] = status
        if fulfillment is not UNSET:
            field_dict["fulfillment"] = fulfillment
        if notify_customer is not UNSET:
            field_dict["notifyCustomer"] = notify_customer
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
        _exact = len(src_dict) == 10
        if _exact:
            try:
                customer_name = src_dict["customerName"]
                customer_email = src_dict["customerEmail"]
                billing_address = src_dict["billingAddress"]
                shipping_address = src_dict["shippingAddress"]
                payment_method = src_dict["paymentMethod"]
                transaction_id = src_dict["transactionId"]
                paid = src_dict["paid"]
                status = src_dict["status"]
                fulfillment = src_dict["fulfillment"]
                notify_customer = src_dict["notifyCustomer"]
            except KeyError:
                _exact = False
        if not _exact:
            _get = src_dict.get
            customer_name = _get("customerName", UNSET)
            customer_email = _get("customerEmail", UNSET)
            billing_address = _get("billingAddress", UNSET)
            shipping_address = _get("shippingAddress", UNSET)
            payment_method = _get("paymentMethod", UNSET)
            transaction_id = _get("transactionId", UNSET)
            paid = _get("paid", UNSET)
            status = _get("status", UNSET)
            fulfillment = _get("fulfillment", UNSET)
            notify_customer = _get("notifyCustomer", UNSET)
        try:
            if not (
                (type(customer_name) is str or customer_name is UNSET)
                and (type(customer_email) is str or customer_email is UNSET)
                and (type(payment_method) is str or payment_method is UNSET)
                and (type(transaction_id) is str or transaction_id is UNSET)
                and (type(paid) is bool or paid is UNSET)
                and (type(notify_customer) is bool or notify_customer is UNSET)
            ):
                raise Fallback
            if billing_address is not UNSET:
                if type(billing_address) is not dict:
                    raise Fallback
                billing_address = Address.from_dict(billing_address, strict=strict)
            if shipping_address is not UNSET:
                if type(shipping_address) is not dict:
                    raise Fallback
                shipping_address = Address.from_dict(shipping_address, strict=strict)
            if status is not UNSET:
                if type(status) is not str:
                    raise Fallback
                status = _ORDER_STATUS_UPDATE_MEMBERS.get(status) or OrderStatusUpdate(status)
            if fulfillment is not UNSET:
                if type(fulfillment) is not dict:
                    raise Fallback
                fulfillment = Fulfillment.from_dict(fulfillment, strict=strict)
        except (Fallback, SpecDeviationError):
            return read(cls, src_dict, strict)
        _self = cls(
            customer_name,
            customer_email,
            billing_address,
            shipping_address,
            payment_method,
            transaction_id,
            paid,
            status,
            fulfillment,
            notify_customer,
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
    from ..models.fulfillment import Fulfillment


def _describe() -> tuple[Field, ...]:
    return (
        Field("customerName", "customer_name", STRING),
        Field("customerEmail", "customer_email", STRING),
        Field("billingAddress", "billing_address", model_of(Address)),
        Field("shippingAddress", "shipping_address", model_of(Address)),
        Field("paymentMethod", "payment_method", STRING),
        Field("transactionId", "transaction_id", STRING),
        Field("paid", "paid", BOOLEAN),
        Field("status", "status", enum_of(OrderStatusUpdate)),
        Field("fulfillment", "fulfillment", model_of(Fulfillment)),
        Field("notifyCustomer", "notify_customer", BOOLEAN),
    )


register(OrderUpdate, _describe)

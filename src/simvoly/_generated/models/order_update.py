from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
class OrderUpdate:
    """The fields of an order to update. Only non-empty fields are set.

    Attributes:
        customer_name (str | Unset):
        customer_email (str | Unset):
        billing_address (Address | Unset): A billing or shipping address.
        shipping_address (Address | Unset): A billing or shipping address.
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
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        customer_name = _get("customerName", UNSET)

        customer_email = _get("customerEmail", UNSET)

        _billing_address = _get("billingAddress", UNSET)
        billing_address: Address | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = Address.from_dict(_billing_address)

        _shipping_address = _get("shippingAddress", UNSET)
        shipping_address: Address | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = Address.from_dict(_shipping_address)

        payment_method = _get("paymentMethod", UNSET)

        transaction_id = _get("transactionId", UNSET)

        paid = _get("paid", UNSET)

        _status = _get("status", UNSET)
        status: OrderStatusUpdate | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OrderStatusUpdate(_status)

        _fulfillment = _get("fulfillment", UNSET)
        fulfillment: Fulfillment | Unset
        if isinstance(_fulfillment, Unset):
            fulfillment = UNSET
        else:
            fulfillment = Fulfillment.from_dict(_fulfillment)

        notify_customer = _get("notifyCustomer", UNSET)

        order_update = cls(
            customer_name=customer_name,
            customer_email=customer_email,
            billing_address=billing_address,
            shipping_address=shipping_address,
            payment_method=payment_method,
            transaction_id=transaction_id,
            paid=paid,
            status=status,
            fulfillment=fulfillment,
            notify_customer=notify_customer,
        )

        d = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )

        order_update.additional_properties = d
        return order_update

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

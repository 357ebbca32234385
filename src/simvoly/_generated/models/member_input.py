from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="MemberInput")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "name",
        "email",
        "password",
        "groups",
        "approved",
        "billingAddress",
        "shippingAddress",
    }
)


@_attrs_define
class MemberInput:
    """The fields of a member to create or update.

    Attributes:
        name (str):
        email (str):
        password (str | Unset): Optional. If omitted, a random password is set and a reset email is sent. Ignored on
            update.
        groups (list[int] | Unset): Ids of the member groups the member belongs to.
        approved (bool | Unset):
        billing_address (Address | Unset): A billing or shipping address.
        shipping_address (Address | Unset): A billing or shipping address.
    """

    name: str
    email: str
    password: str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)
    groups: list[int] | Unset = UNSET
    approved: bool | Unset = UNSET
    billing_address: Address | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        password = self.password

        groups: list[int] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        approved = self.approved

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "email": email,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password
        if groups is not UNSET:
            field_dict["groups"] = groups
        if approved is not UNSET:
            field_dict["approved"] = approved
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shippingAddress"] = shipping_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        name = src_dict["name"]

        email = src_dict["email"]

        password = _get("password", UNSET)

        groups = _get("groups", UNSET)

        approved = _get("approved", UNSET)

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

        member_input = cls(
            name=name,
            email=email,
            password=password,
            groups=groups,
            approved=approved,
            billing_address=billing_address,
            shipping_address=shipping_address,
        )

        d = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )

        member_input.additional_properties = d
        return member_input

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

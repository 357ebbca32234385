from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="Member")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "id",
        "name",
        "email",
        "groups",
        "registeredOn",
        "approved",
        "contactId",
        "billingAddress",
        "shippingAddress",
    }
)


@_attrs_define
class Member:
    """A registered member of the website.

    Attributes:
        id (int): Unique identifier.
        name (str | Unset):
        email (str | Unset):
        groups (list[int] | Unset): Ids of the member groups the member belongs to.
        registered_on (int | Unset): Timestamp in Unix seconds since epoch.
        approved (bool | Unset):
        contact_id (int | Unset): The id of the contact linked to the member.
        billing_address (Address | Unset): A billing or shipping address.
        shipping_address (Address | Unset): A billing or shipping address.
    """

    id: int
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    groups: list[int] | Unset = UNSET
    registered_on: int | Unset = UNSET
    approved: bool | Unset = UNSET
    contact_id: int | Unset = UNSET
    billing_address: Address | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        email = self.email

        groups: list[int] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        registered_on = self.registered_on

        approved = self.approved

        contact_id = self.contact_id

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
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if groups is not UNSET:
            field_dict["groups"] = groups
        if registered_on is not UNSET:
            field_dict["registeredOn"] = registered_on
        if approved is not UNSET:
            field_dict["approved"] = approved
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shippingAddress"] = shipping_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        name = _get("name", UNSET)

        email = _get("email", UNSET)

        groups = _get("groups", UNSET)

        registered_on = _get("registeredOn", UNSET)

        approved = _get("approved", UNSET)

        contact_id = _get("contactId", UNSET)

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

        member = cls(
            id=id,
            name=name,
            email=email,
            groups=groups,
            registered_on=registered_on,
            approved=approved,
            contact_id=contact_id,
            billing_address=billing_address,
            shipping_address=shipping_address,
        )

        d = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )

        member.additional_properties = d
        return member

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

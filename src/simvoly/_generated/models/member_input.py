from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from simvoly._tolerance import (
    BOOLEAN,
    INTEGER,
    STRING,
    Fallback,
    Field,
    SpecDeviationError,
    list_of,
    model_of,
    read,
    register,
)

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
        billing_address (Address | Unset): A billing or shipping address. Real answers send `""` for empty fields.
        shipping_address (Address | Unset): A billing or shipping address. Real answers send `""` for empty fields.
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
        _exact = len(src_dict) == 7
        if _exact:
            try:
                name = src_dict["name"]
                email = src_dict["email"]
                password = src_dict["password"]
                groups = src_dict["groups"]
                approved = src_dict["approved"]
                billing_address = src_dict["billingAddress"]
                shipping_address = src_dict["shippingAddress"]
            except KeyError:
                _exact = False
        if not _exact:
            _get = src_dict.get
            name = _get("name", UNSET)
            email = _get("email", UNSET)
            password = _get("password", UNSET)
            groups = _get("groups", UNSET)
            approved = _get("approved", UNSET)
            billing_address = _get("billingAddress", UNSET)
            shipping_address = _get("shippingAddress", UNSET)
        try:
            if not (
                type(name) is str
                and type(email) is str
                and (type(password) is str or password is UNSET)
                and (type(approved) is bool or approved is UNSET)
            ):
                raise Fallback
            if groups is not UNSET:
                if type(groups) is not list:
                    raise Fallback
                for _item in groups:
                    if type(_item) is not int:
                        raise Fallback
            if billing_address is not UNSET:
                if type(billing_address) is not dict:
                    raise Fallback
                billing_address = Address.from_dict(billing_address, strict=strict)
            if shipping_address is not UNSET:
                if type(shipping_address) is not dict:
                    raise Fallback
                shipping_address = Address.from_dict(shipping_address, strict=strict)
        except (Fallback, SpecDeviationError):
            return read(cls, src_dict, strict)
        _self = cls(
            name,
            email,
            password,
            groups,
            approved,
            billing_address,
            shipping_address,
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


def _describe() -> tuple[Field, ...]:
    return (
        Field("name", "name", STRING, required=True),
        Field("email", "email", STRING, required=True),
        Field("password", "password", STRING),
        Field("groups", "groups", list_of(INTEGER)),
        Field("approved", "approved", BOOLEAN),
        Field("billingAddress", "billing_address", model_of(Address)),
        Field("shippingAddress", "shipping_address", model_of(Address)),
    )


register(MemberInput, _describe)

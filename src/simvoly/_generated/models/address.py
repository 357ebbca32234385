from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "name",
        "phone",
        "companyName",
        "companyId",
        "country",
        "state",
        "city",
        "zipCode",
        "address",
        "address2",
    }
)


@_attrs_define
class Address:
    """A billing or shipping address.

    Attributes:
        name (str | Unset):
        phone (str | Unset):
        company_name (str | Unset):
        company_id (str | Unset):
        country (str | Unset):
        state (str | Unset):
        city (str | Unset):
        zip_code (str | Unset):
        address (str | Unset):
        address2 (str | Unset):
    """

    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    company_name: str | Unset = UNSET
    company_id: str | Unset = UNSET
    country: str | Unset = UNSET
    state: str | Unset = UNSET
    city: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    address: str | Unset = UNSET
    address2: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        phone = self.phone

        company_name = self.company_name

        company_id = self.company_id

        country = self.country

        state = self.state

        city = self.city

        zip_code = self.zip_code

        address = self.address

        address2 = self.address2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if country is not UNSET:
            field_dict["country"] = country
        if state is not UNSET:
            field_dict["state"] = state
        if city is not UNSET:
            field_dict["city"] = city
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        if address is not UNSET:
            field_dict["address"] = address
        if address2 is not UNSET:
            field_dict["address2"] = address2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        name = _get("name", UNSET)

        phone = _get("phone", UNSET)

        company_name = _get("companyName", UNSET)

        company_id = _get("companyId", UNSET)

        country = _get("country", UNSET)

        state = _get("state", UNSET)

        city = _get("city", UNSET)

        zip_code = _get("zipCode", UNSET)

        address = _get("address", UNSET)

        address2 = _get("address2", UNSET)

        address = cls(
            name=name,
            phone=phone,
            company_name=company_name,
            company_id=company_id,
            country=country,
            state=state,
            city=city,
            zip_code=zip_code,
            address=address,
            address2=address2,
        )

        d = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )

        address.additional_properties = d
        return address

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from simvoly._tolerance import (
    STRING,
    Fallback,
    Field,
    SpecDeviationError,
    read,
    register,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "name",
        "phone",
        "companyName",
        "companyId",
        "vatId",
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
    """A billing or shipping address. Real answers send `""` for empty fields.

    Attributes:
        name (str | Unset):
        phone (str | Unset):
        company_name (str | Unset):
        company_id (str | Unset):
        vat_id (str | Unset): The company's VAT number.
        country (str | Unset): The country, as an ISO 3166 two-letter code in real answers (e.g. DE).
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
    vat_id: str | Unset = UNSET
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

        vat_id = self.vat_id

        country = self.country

        state = self.state

        city = self.city

        zip_code = self.zip_code

        address = self.address

        address2 = self.address2

        field_dict: dict[str, Any] = {}
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if vat_id is not UNSET:
            field_dict["vatId"] = vat_id
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
        _exact = len(src_dict) == 11
        if _exact:
            try:
                name = src_dict["name"]
                phone = src_dict["phone"]
                company_name = src_dict["companyName"]
                company_id = src_dict["companyId"]
                vat_id = src_dict["vatId"]
                country = src_dict["country"]
                state = src_dict["state"]
                city = src_dict["city"]
                zip_code = src_dict["zipCode"]
                address = src_dict["address"]
                address2 = src_dict["address2"]
            except KeyError:
                _exact = False
        if not _exact:
            _get = src_dict.get
            name = _get("name", UNSET)
            phone = _get("phone", UNSET)
            company_name = _get("companyName", UNSET)
            company_id = _get("companyId", UNSET)
            vat_id = _get("vatId", UNSET)
            country = _get("country", UNSET)
            state = _get("state", UNSET)
            city = _get("city", UNSET)
            zip_code = _get("zipCode", UNSET)
            address = _get("address", UNSET)
            address2 = _get("address2", UNSET)
        try:
            if not (
                (type(name) is str or name is UNSET)
                and (type(phone) is str or phone is UNSET)
                and (type(company_name) is str or company_name is UNSET)
                and (type(company_id) is str or company_id is UNSET)
                and (type(vat_id) is str or vat_id is UNSET)
                and (type(country) is str or country is UNSET)
                and (type(state) is str or state is UNSET)
                and (type(city) is str or city is UNSET)
                and (type(zip_code) is str or zip_code is UNSET)
                and (type(address) is str or address is UNSET)
                and (type(address2) is str or address2 is UNSET)
            ):
                raise Fallback
        except (Fallback, SpecDeviationError):
            return read(cls, src_dict, strict)
        _self = cls(
            name,
            phone,
            company_name,
            company_id,
            vat_id,
            country,
            state,
            city,
            zip_code,
            address,
            address2,
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


def _describe() -> tuple[Field, ...]:
    return (
        Field("name", "name", STRING),
        Field("phone", "phone", STRING),
        Field("companyName", "company_name", STRING),
        Field("companyId", "company_id", STRING),
        Field("vatId", "vat_id", STRING),
        Field("country", "country", STRING),
        Field("state", "state", STRING),
        Field("city", "city", STRING),
        Field("zipCode", "zip_code", STRING),
        Field("address", "address", STRING),
        Field("address2", "address2", STRING),
    )


register(Address, _describe)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebsiteRef")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "id",
        "subdomain",
        "systemDomain",
        "domain",
    }
)


@_attrs_define
class WebsiteRef:
    """Information about the website where the event originated.

    Attributes:
        id (int | Unset):
        subdomain (str | Unset):
        system_domain (str | Unset):
        domain (str | Unset):
    """

    id: int | Unset = UNSET
    subdomain: str | Unset = UNSET
    system_domain: str | Unset = UNSET
    domain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subdomain = self.subdomain

        system_domain = self.system_domain

        domain = self.domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if subdomain is not UNSET:
            field_dict["subdomain"] = subdomain
        if system_domain is not UNSET:
            field_dict["systemDomain"] = system_domain
        if domain is not UNSET:
            field_dict["domain"] = domain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = _get("id", UNSET)

        subdomain = _get("subdomain", UNSET)

        system_domain = _get("systemDomain", UNSET)

        domain = _get("domain", UNSET)

        website_ref = cls(
            id=id,
            subdomain=subdomain,
            system_domain=system_domain,
            domain=domain,
        )

        d = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )

        website_ref.additional_properties = d
        return website_ref

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

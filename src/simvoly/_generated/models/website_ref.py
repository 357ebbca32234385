from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from simvoly._tolerance import (
    INTEGER,
    STRING,
    Fallback,
    Field,
    SpecDeviationError,
    read,
    register,
)

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
        domain (None | str | Unset): The site's own (custom) domain; null when it has none.
    """

    id: int | Unset = UNSET
    subdomain: str | Unset = UNSET
    system_domain: str | Unset = UNSET
    domain: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subdomain = self.subdomain

        system_domain = self.system_domain

        domain: str | Unset | None
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        field_dict: dict[str, Any] = {}
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if subdomain is not UNSET:
            field_dict["subdomain"] = subdomain
        if system_domain is not UNSET:
            field_dict["systemDomain"] = system_domain
        if domain is not UNSET:
            field_dict["domain"] = domain
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
        _exact = len(src_dict) == 4
        if _exact:
            try:
                id = src_dict["id"]
                subdomain = src_dict["subdomain"]
                system_domain = src_dict["systemDomain"]
                domain = src_dict["domain"]
            except KeyError:
                _exact = False
        if not _exact:
            _get = src_dict.get
            id = _get("id", UNSET)
            subdomain = _get("subdomain", UNSET)
            system_domain = _get("systemDomain", UNSET)
            domain = _get("domain", UNSET)
        try:
            if not (
                (type(id) is int or id is UNSET)
                and (type(subdomain) is str or subdomain is UNSET)
                and (type(system_domain) is str or system_domain is UNSET)
                and (type(domain) is str or domain is None or domain is UNSET)
            ):
                raise Fallback
        except (Fallback, SpecDeviationError):
            return read(cls, src_dict, strict)
        _self = cls(
            id,
            subdomain,
            system_domain,
            domain,
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
        Field("id", "id", INTEGER),
        Field("subdomain", "subdomain", STRING),
        Field("systemDomain", "system_domain", STRING),
        Field("domain", "domain", STRING, nullable=True),
    )


register(WebsiteRef, _describe)

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

T = TypeVar("T", bound="MemberGroup")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "id",
        "name",
        "link",
    }
)


@_attrs_define
class MemberGroup:
    """A group which members belong to.

    Attributes:
        id (int):
        name (str | Unset):
        link (str | Unset):
    """

    id: int
    name: str | Unset = UNSET
    link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        link = self.link

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if link is not UNSET:
            field_dict["link"] = link
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
        _exact = len(src_dict) == 3
        if _exact:
            try:
                id = src_dict["id"]
                name = src_dict["name"]
                link = src_dict["link"]
            except KeyError:
                _exact = False
        if not _exact:
            _get = src_dict.get
            id = _get("id", UNSET)
            name = _get("name", UNSET)
            link = _get("link", UNSET)
        try:
            if not (
                type(id) is int
                and (type(name) is str or name is UNSET)
                and (type(link) is str or link is UNSET)
            ):
                raise Fallback
        except (Fallback, SpecDeviationError):
            return read(cls, src_dict, strict)
        _self = cls(
            id,
            name,
            link,
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
        Field("id", "id", INTEGER, required=True),
        Field("name", "name", STRING),
        Field("link", "link", STRING),
    )


register(MemberGroup, _describe)

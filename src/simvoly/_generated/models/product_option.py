from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from simvoly._tolerance import (
    BOOLEAN,
    STRING,
    Fallback,
    Field,
    SpecDeviationError,
    list_of,
    read,
    register,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductOption")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "name",
        "values",
        "advanced",
    }
)


@_attrs_define
class ProductOption:
    """An option of a product (e.g. Material) and its values.

    Attributes:
        name (str | Unset):
        values (list[str] | Unset):
        advanced (bool | Unset):
    """

    name: str | Unset = UNSET
    values: list[str] | Unset = UNSET
    advanced: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        advanced = self.advanced

        field_dict: dict[str, Any] = {}
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if values is not UNSET:
            field_dict["values"] = values
        if advanced is not UNSET:
            field_dict["advanced"] = advanced
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
                name = src_dict["name"]
                values = src_dict["values"]
                advanced = src_dict["advanced"]
            except KeyError:
                _exact = False
        if not _exact:
            _get = src_dict.get
            name = _get("name", UNSET)
            values = _get("values", UNSET)
            advanced = _get("advanced", UNSET)
        try:
            if not (
                (type(name) is str or name is UNSET)
                and (type(advanced) is bool or advanced is UNSET)
            ):
                raise Fallback
            if values is not UNSET:
                if type(values) is not list:
                    raise Fallback
                for _item in values:
                    if type(_item) is not str:
                        raise Fallback
        except (Fallback, SpecDeviationError):
            return read(cls, src_dict, strict)
        _self = cls(
            name,
            values,
            advanced,
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
        Field("values", "values", list_of(STRING)),
        Field("advanced", "advanced", BOOLEAN),
    )


register(ProductOption, _describe)

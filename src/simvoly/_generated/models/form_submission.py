from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from simvoly._tolerance import (
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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.name_value import NameValue


T = TypeVar("T", bound="FormSubmission")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "name",
        "received",
        "fields",
    }
)


@_attrs_define
class FormSubmission:
    """A message submitted through one of the website's forms.

    Attributes:
        name (str | Unset): The name of the form.
        received (int | Unset): Timestamp in Unix seconds since epoch.
        fields (list[NameValue] | Unset): Name/value pairs of all submitted fields.
    """

    name: str | Unset = UNSET
    received: int | Unset = UNSET
    fields: list[NameValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        received = self.received

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if received is not UNSET:
            field_dict["received"] = received
        if fields is not UNSET:
            field_dict["fields"] = fields
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
                received = src_dict["received"]
                fields = src_dict["fields"]
            except KeyError:
                _exact = False
        if not _exact:
            _get = src_dict.get
            name = _get("name", UNSET)
            received = _get("received", UNSET)
            fields = _get("fields", UNSET)
        try:
            if not (
                (type(name) is str or name is UNSET)
                and (type(received) is int or received is UNSET)
            ):
                raise Fallback
            if fields is not UNSET:
                if type(fields) is not list:
                    raise Fallback
                _read_fields = NameValue.from_dict
                fields = [_read_fields(_item, strict=strict) for _item in fields]
        except (Fallback, SpecDeviationError):
            return read(cls, src_dict, strict)
        _self = cls(
            name,
            received,
            fields,
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
    from ..models.name_value import NameValue


def _describe() -> tuple[Field, ...]:
    return (
        Field("name", "name", STRING),
        Field("received", "received", INTEGER),
        Field("fields", "fields", list_of(model_of(NameValue))),
    )


register(FormSubmission, _describe)

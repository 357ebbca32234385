from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if received is not UNSET:
            field_dict["received"] = received
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        name = _get("name", UNSET)

        received = _get("received", UNSET)

        _fields = _get("fields", UNSET)
        fields: list[NameValue] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = NameValue.from_dict(fields_item_data)

                fields.append(fields_item)

        form_submission = cls(
            name=name,
            received=received,
            fields=fields,
        )

        d = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )

        form_submission.additional_properties = d
        return form_submission

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

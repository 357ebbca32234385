from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Tax")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "name",
        "total",
        "applyToShipping",
        "rate",
        "type",
        "appliedToItems",
    }
)


@_attrs_define
class Tax:
    """A tax applied to the order.

    Attributes:
        name (str | Unset):
        total (float | Unset):
        apply_to_shipping (bool | Unset):
        rate (float | Unset):
        type_ (str | Unset): How the rate applies, e.g. PERCENT.
        applied_to_items (list[int] | Unset): Indexes of the order items the tax applies to.
    """

    name: str | Unset = UNSET
    total: float | Unset = UNSET
    apply_to_shipping: bool | Unset = UNSET
    rate: float | Unset = UNSET
    type_: str | Unset = UNSET
    applied_to_items: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        total = self.total

        apply_to_shipping = self.apply_to_shipping

        rate = self.rate

        type_ = self.type_

        applied_to_items: list[int] | Unset = UNSET
        if not isinstance(self.applied_to_items, Unset):
            applied_to_items = self.applied_to_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if total is not UNSET:
            field_dict["total"] = total
        if apply_to_shipping is not UNSET:
            field_dict["applyToShipping"] = apply_to_shipping
        if rate is not UNSET:
            field_dict["rate"] = rate
        if type_ is not UNSET:
            field_dict["type"] = type_
        if applied_to_items is not UNSET:
            field_dict["appliedToItems"] = applied_to_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        name = _get("name", UNSET)

        total = _get("total", UNSET)

        apply_to_shipping = _get("applyToShipping", UNSET)

        rate = _get("rate", UNSET)

        type_ = _get("type", UNSET)

        applied_to_items = _get("appliedToItems", UNSET)

        tax = cls(
            name=name,
            total=total,
            apply_to_shipping=apply_to_shipping,
            rate=rate,
            type_=type_,
            applied_to_items=applied_to_items,
        )

        d = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )

        tax.additional_properties = d
        return tax

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Subscription")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "cycles",
        "period",
        "periodUnit",
    }
)


@_attrs_define
class Subscription:
    """Subscription details for a subscription product.

    Attributes:
        cycles (int | Unset):
        period (int | Unset):
        period_unit (str | Unset):
    """

    cycles: int | Unset = UNSET
    period: int | Unset = UNSET
    period_unit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cycles = self.cycles

        period = self.period

        period_unit = self.period_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cycles is not UNSET:
            field_dict["cycles"] = cycles
        if period is not UNSET:
            field_dict["period"] = period
        if period_unit is not UNSET:
            field_dict["periodUnit"] = period_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        cycles = _get("cycles", UNSET)

        period = _get("period", UNSET)

        period_unit = _get("periodUnit", UNSET)

        subscription = cls(
            cycles=cycles,
            period=period,
            period_unit=period_unit,
        )

        d = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )

        subscription.additional_properties = d
        return subscription

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

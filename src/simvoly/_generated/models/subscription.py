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
        field_dict.update({})
        if cycles is not UNSET:
            field_dict["cycles"] = cycles
        if period is not UNSET:
            field_dict["period"] = period
        if period_unit is not UNSET:
            field_dict["periodUnit"] = period_unit
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
                cycles = src_dict["cycles"]
                period = src_dict["period"]
                period_unit = src_dict["periodUnit"]
            except KeyError:
                _exact = False
        if not _exact:
            _get = src_dict.get
            cycles = _get("cycles", UNSET)
            period = _get("period", UNSET)
            period_unit = _get("periodUnit", UNSET)
        try:
            if not (
                (type(cycles) is int or cycles is UNSET)
                and (type(period) is int or period is UNSET)
                and (type(period_unit) is str or period_unit is UNSET)
            ):
                raise Fallback
        except (Fallback, SpecDeviationError):
            return read(cls, src_dict, strict)
        _self = cls(
            cycles,
            period,
            period_unit,
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
        Field("cycles", "cycles", INTEGER),
        Field("period", "period", INTEGER),
        Field("periodUnit", "period_unit", STRING),
    )


register(Subscription, _describe)

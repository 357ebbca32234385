from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from simvoly._tolerance import (
    BOOLEAN,
    INTEGER,
    NUMBER,
    NUMBER_TYPES,
    STRING,
    Fallback,
    Field,
    SpecDeviationError,
    list_of,
    read,
    register,
)

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
        _exact = len(src_dict) == 6
        if _exact:
            try:
                name = src_dict["name"]
                total = src_dict["total"]
                apply_to_shipping = src_dict["applyToShipping"]
                rate = src_dict["rate"]
                type_ = src_dict["type"]
                applied_to_items = src_dict["appliedToItems"]
            except KeyError:
                _exact = False
        if not _exact:
            _get = src_dict.get
            name = _get("name", UNSET)
            total = _get("total", UNSET)
            apply_to_shipping = _get("applyToShipping", UNSET)
            rate = _get("rate", UNSET)
            type_ = _get("type", UNSET)
            applied_to_items = _get("appliedToItems", UNSET)
        try:
            if not (
                (type(name) is str or name is UNSET)
                and (type(total) in NUMBER_TYPES or total is UNSET)
                and (type(apply_to_shipping) is bool or apply_to_shipping is UNSET)
                and (type(rate) in NUMBER_TYPES or rate is UNSET)
                and (type(type_) is str or type_ is UNSET)
            ):
                raise Fallback
            if applied_to_items is not UNSET:
                if type(applied_to_items) is not list:
                    raise Fallback
                for _item in applied_to_items:
                    if type(_item) is not int:
                        raise Fallback
        except (Fallback, SpecDeviationError):
            return read(cls, src_dict, strict)
        _self = cls(
            name,
            total,
            apply_to_shipping,
            rate,
            type_,
            applied_to_items,
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
        Field("total", "total", NUMBER),
        Field("applyToShipping", "apply_to_shipping", BOOLEAN),
        Field("rate", "rate", NUMBER),
        Field("type", "type_", STRING),
        Field("appliedToItems", "applied_to_items", list_of(INTEGER)),
    )


register(Tax, _describe)

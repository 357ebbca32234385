from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from simvoly._tolerance import (
    STRING,
    Fallback,
    Field,
    SpecDeviationError,
    read,
    register,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="Fulfillment")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "courier",
        "trackingNo",
        "trackingUrl",
    }
)


@_attrs_define
class Fulfillment:
    """Shipping details of an order.

    Attributes:
        courier (str | Unset):
        tracking_no (str | Unset):
        tracking_url (str | Unset):
    """

    courier: str | Unset = UNSET
    tracking_no: str | Unset = UNSET
    tracking_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        courier = self.courier

        tracking_no = self.tracking_no

        tracking_url = self.tracking_url

        field_dict: dict[str, Any] = {}
        field_dict.update({})
        if courier is not UNSET:
            field_dict["courier"] = courier
        if tracking_no is not UNSET:
            field_dict["trackingNo"] = tracking_no
        if tracking_url is not UNSET:
            field_dict["trackingUrl"] = tracking_url
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
                courier = src_dict["courier"]
                tracking_no = src_dict["trackingNo"]
                tracking_url = src_dict["trackingUrl"]
            except KeyError:
                _exact = False
        if not _exact:
            _get = src_dict.get
            courier = _get("courier", UNSET)
            tracking_no = _get("trackingNo", UNSET)
            tracking_url = _get("trackingUrl", UNSET)
        try:
            if not (
                (type(courier) is str or courier is UNSET)
                and (type(tracking_no) is str or tracking_no is UNSET)
                and (type(tracking_url) is str or tracking_url is UNSET)
            ):
                raise Fallback
        except (Fallback, SpecDeviationError):
            return read(cls, src_dict, strict)
        _self = cls(
            courier,
            tracking_no,
            tracking_url,
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
        Field("courier", "courier", STRING),
        Field("trackingNo", "tracking_no", STRING),
        Field("trackingUrl", "tracking_url", STRING),
    )


register(Fulfillment, _describe)

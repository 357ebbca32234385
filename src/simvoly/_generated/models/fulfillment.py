from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if courier is not UNSET:
            field_dict["courier"] = courier
        if tracking_no is not UNSET:
            field_dict["trackingNo"] = tracking_no
        if tracking_url is not UNSET:
            field_dict["trackingUrl"] = tracking_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        courier = _get("courier", UNSET)

        tracking_no = _get("trackingNo", UNSET)

        tracking_url = _get("trackingUrl", UNSET)

        fulfillment = cls(
            courier=courier,
            tracking_no=tracking_no,
            tracking_url=tracking_url,
        )

        d = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )

        fulfillment.additional_properties = d
        return fulfillment

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

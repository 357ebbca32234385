from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.booking import Booking


T = TypeVar("T", bound="BookingPage")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "items",
        "totalCount",
        "limit",
        "skip",
    }
)


@_attrs_define
class BookingPage:
    """One page of bookings.

    Attributes:
        items (list[Booking]):
        total_count (int): The number of bookings matching the query, across all pages.
        limit (int): The page size used.
        skip (int): The offset of this page.
    """

    items: list[Booking]
    total_count: int
    limit: int
    skip: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total_count = self.total_count

        limit = self.limit

        skip = self.skip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "totalCount": total_count,
                "limit": limit,
                "skip": skip,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        items = []
        _items = src_dict["items"]
        for items_item_data in _items:
            items_item = Booking.from_dict(items_item_data)

            items.append(items_item)

        total_count = src_dict["totalCount"]

        limit = src_dict["limit"]

        skip = src_dict["skip"]

        booking_page = cls(
            items=items,
            total_count=total_count,
            limit=limit,
            skip=skip,
        )

        d = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )

        booking_page.additional_properties = d
        return booking_page

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
    from ..models.booking import Booking

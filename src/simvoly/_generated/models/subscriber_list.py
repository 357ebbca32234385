from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriberList")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "id",
        "name",
        "created",
        "subscribers",
        "opens",
        "clicks",
    }
)


@_attrs_define
class SubscriberList:
    """A subscriber list for email marketing.

    Attributes:
        id (int):
        name (str | Unset):
        created (int | Unset): Timestamp in Unix seconds since epoch.
        subscribers (int | Unset): The number of subscribers.
        opens (float | Unset): Open rate (0..1).
        clicks (float | Unset): Click rate (0..1).
    """

    id: int
    name: str | Unset = UNSET
    created: int | Unset = UNSET
    subscribers: int | Unset = UNSET
    opens: float | Unset = UNSET
    clicks: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created = self.created

        subscribers = self.subscribers

        opens = self.opens

        clicks = self.clicks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if created is not UNSET:
            field_dict["created"] = created
        if subscribers is not UNSET:
            field_dict["subscribers"] = subscribers
        if opens is not UNSET:
            field_dict["opens"] = opens
        if clicks is not UNSET:
            field_dict["clicks"] = clicks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        name = _get("name", UNSET)

        created = _get("created", UNSET)

        subscribers = _get("subscribers", UNSET)

        opens = _get("opens", UNSET)

        clicks = _get("clicks", UNSET)

        subscriber_list = cls(
            id=id,
            name=name,
            created=created,
            subscribers=subscribers,
            opens=opens,
            clicks=clicks,
        )

        d = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )

        subscriber_list.additional_properties = d
        return subscriber_list

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

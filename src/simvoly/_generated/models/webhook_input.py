from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event import WebhookEvent
from ..types import UNSET, Unset, redacted_repr

T = TypeVar("T", bound="WebhookInput")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "target",
        "events",
        "secret",
    }
)


@_attrs_define
class WebhookInput:
    """A webhook to register.

    Attributes:
        target (str): The URL the events are POSTed to.
        events (list[WebhookEvent]):
        secret (str | Unset): The key of the HMAC-SHA512 signature sent in X-Webhook-Signature.
    """

    target: str
    events: list[WebhookEvent]
    secret: str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)

        secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target": target,
                "events": events,
            }
        )
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        target = src_dict["target"]

        events = []
        _events = src_dict["events"]
        for events_item_data in _events:
            events_item = WebhookEvent(events_item_data)

            events.append(events_item)

        secret = _get("secret", UNSET)

        webhook_input = cls(
            target=target,
            events=events,
            secret=secret,
        )

        d = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )

        webhook_input.additional_properties = d
        return webhook_input

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

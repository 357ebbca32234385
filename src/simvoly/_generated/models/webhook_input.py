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
    enum_members,
    enum_of,
    list_of,
    read,
    register,
)

from ..models.webhook_topic import WebhookTopic
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

_WEBHOOK_TOPIC_MEMBERS = enum_members(WebhookTopic)


@_attrs_define
class WebhookInput:
    """A webhook to register.

    Attributes:
        target (str): The URL the events are POSTed to.
        events (list[WebhookTopic]):
        secret (str | Unset): The key of the HMAC-SHA512 signature sent in X-Webhook-Signature. Without one the
            deliveries are unsigned: anyone who knows the target URL can forge them.
    """

    target: str
    events: list[WebhookTopic]
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
        field_dict.update(
            {
                "target": target,
                "events": events,
            }
        )
        if secret is not UNSET:
            field_dict["secret"] = secret
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
                target = src_dict["target"]
                events = src_dict["events"]
                secret = src_dict["secret"]
            except KeyError:
                _exact = False
        if not _exact:
            _get = src_dict.get
            target = _get("target", UNSET)
            events = _get("events", UNSET)
            secret = _get("secret", UNSET)
        try:
            if not (type(target) is str and (type(secret) is str or secret is UNSET)):
                raise Fallback
            if type(events) is not list:
                raise Fallback
            _items = []
            for _item in events:
                if type(_item) is not str:
                    raise Fallback
                _items.append(_WEBHOOK_TOPIC_MEMBERS.get(_item) or WebhookTopic(_item))
            events = _items
        except (Fallback, SpecDeviationError):
            return read(cls, src_dict, strict)
        _self = cls(
            target,
            events,
            secret,
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
        Field("target", "target", STRING, required=True),
        Field("events", "events", list_of(enum_of(WebhookTopic)), required=True),
        Field("secret", "secret", STRING),
    )


register(WebhookInput, _describe)

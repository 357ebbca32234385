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

T = TypeVar("T", bound="Webhook")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "id",
        "target",
        "secret",
        "events",
    }
)

_WEBHOOK_TOPIC_MEMBERS = enum_members(WebhookTopic)


@_attrs_define
class Webhook:
    """A registered webhook.

    Attributes:
        id (str): Unique identifier, e.g. rh_24488493954.
        target (str | Unset): The URL the events are POSTed to.
        secret (str | Unset): The key of the HMAC-SHA512 signature sent in X-Webhook-Signature; absent for a webhook
            created without one, whose deliveries are unsigned.
        events (list[WebhookTopic] | Unset):
    """

    id: str
    target: str | Unset = UNSET
    secret: str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)
    events: list[WebhookTopic] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        target = self.target

        secret = self.secret

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.value
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "id": id,
            }
        )
        if target is not UNSET:
            field_dict["target"] = target
        if secret is not UNSET:
            field_dict["secret"] = secret
        if events is not UNSET:
            field_dict["events"] = events
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
        _exact = len(src_dict) == 4
        if _exact:
            try:
                id = src_dict["id"]
                target = src_dict["target"]
                secret = src_dict["secret"]
                events = src_dict["events"]
            except KeyError:
                _exact = False
        if not _exact:
            _get = src_dict.get
            id = _get("id", UNSET)
            target = _get("target", UNSET)
            secret = _get("secret", UNSET)
            events = _get("events", UNSET)
        try:
            if not (
                type(id) is str
                and (type(target) is str or target is UNSET)
                and (type(secret) is str or secret is UNSET)
            ):
                raise Fallback
            if events is not UNSET:
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
            id,
            target,
            secret,
            events,
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
        Field("id", "id", STRING, required=True),
        Field("target", "target", STRING),
        Field("secret", "secret", STRING),
        Field("events", "events", list_of(enum_of(WebhookTopic))),
    )


register(Webhook, _describe)

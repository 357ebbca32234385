from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from simvoly._tolerance import (
    BOOLEAN,
    INTEGER,
    STRING,
    Fallback,
    Field,
    SpecDeviationError,
    list_of,
    model_of,
    read,
    register,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_property import ContactProperty


T = TypeVar("T", bound="ContactInput")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "email",
        "name",
        "phone",
        "note",
        "address",
        "city",
        "state",
        "zip",
        "country",
        "companyName",
        "properties",
        "tags",
        "subscribed",
        "subscriberLists",
    }
)


@_attrs_define
class ContactInput:
    """The fields of a contact to create or update. Only supplied fields are set; tags are merged into the existing tags
    and properties replace values by property name.

        Attributes:
            email (str): Email address of the contact (the key for create-or-update).
            name (str | Unset): Contact name.
            phone (str | Unset): Contact phone.
            note (str | Unset): Private note.
            address (str | Unset):
            city (str | Unset):
            state (str | Unset):
            zip_ (str | Unset):
            country (str | Unset):
            company_name (str | Unset):
            properties (list[ContactProperty] | Unset): Custom properties, as defined in the CRM section of your website.
            tags (list[str] | Unset): Tags to add to the contact.
            subscribed (bool | Unset): Whether the contact is a subscriber (for email marketing).
            subscriber_lists (list[int] | Unset): Subscriber list IDs (email marketing lists).
    """

    email: str
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    note: str | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    zip_: str | Unset = UNSET
    country: str | Unset = UNSET
    company_name: str | Unset = UNSET
    properties: list[ContactProperty] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    subscribed: bool | Unset = UNSET
    subscriber_lists: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        phone = self.phone

        note = self.note

        address = self.address

        city = self.city

        state = self.state

        zip_ = self.zip_

        country = self.country

        company_name = self.company_name

        properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = []
            for properties_item_data in self.properties:
                properties_item = properties_item_data.to_dict()
                properties.append(properties_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        subscribed = self.subscribed

        subscriber_lists: list[int] | Unset = UNSET
        if not isinstance(self.subscriber_lists, Unset):
            subscriber_lists = self.subscriber_lists

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "email": email,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if note is not UNSET:
            field_dict["note"] = note
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if country is not UNSET:
            field_dict["country"] = country
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if properties is not UNSET:
            field_dict["properties"] = properties
        if tags is not UNSET:
            field_dict["tags"] = tags
        if subscribed is not UNSET:
            field_dict["subscribed"] = subscribed
        if subscriber_lists is not UNSET:
            field_dict["subscriberLists"] = subscriber_lists
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
        _exact = len(src_dict) == 14
        if _exact:
            try:
                email = src_dict["email"]
                name = src_dict["name"]
                phone = src_dict["phone"]
                note = src_dict["note"]
                address = src_dict["address"]
                city = src_dict["city"]
                state = src_dict["state"]
                zip_ = src_dict["zip"]
                country = src_dict["country"]
                company_name = src_dict["companyName"]
                properties = src_dict["properties"]
                tags = src_dict["tags"]
                subscribed = src_dict["subscribed"]
                subscriber_lists = src_dict["subscriberLists"]
            except KeyError:
                _exact = False
        if not _exact:
            _get = src_dict.get
            email = _get("email", UNSET)
            name = _get("name", UNSET)
            phone = _get("phone", UNSET)
            note = _get("note", UNSET)
            address = _get("address", UNSET)
            city = _get("city", UNSET)
            state = _get("state", UNSET)
            zip_ = _get("zip", UNSET)
            country = _get("country", UNSET)
            company_name = _get("companyName", UNSET)
            properties = _get("properties", UNSET)
            tags = _get("tags", UNSET)
            subscribed = _get("subscribed", UNSET)
            subscriber_lists = _get("subscriberLists", UNSET)
        try:
            if not (
                type(email) is str
                and (type(name) is str or name is UNSET)
                and (type(phone) is str or phone is UNSET)
                and (type(note) is str or note is UNSET)
                and (type(address) is str or address is UNSET)
                and (type(city) is str or city is UNSET)
                and (type(state) is str or state is UNSET)
                and (type(zip_) is str or zip_ is UNSET)
                and (type(country) is str or country is UNSET)
                and (type(company_name) is str or company_name is UNSET)
                and (type(subscribed) is bool or subscribed is UNSET)
            ):
                raise Fallback
            if properties is not UNSET:
                if type(properties) is not list:
                    raise Fallback
                _read_properties = ContactProperty.from_dict
                properties = [_read_properties(_item, strict=strict) for _item in properties]
            if tags is not UNSET:
                if type(tags) is not list:
                    raise Fallback
                for _item in tags:
                    if type(_item) is not str:
                        raise Fallback
            if subscriber_lists is not UNSET:
                if type(subscriber_lists) is not list:
                    raise Fallback
                for _item in subscriber_lists:
                    if type(_item) is not int:
                        raise Fallback
        except (Fallback, SpecDeviationError):
            return read(cls, src_dict, strict)
        _self = cls(
            email,
            name,
            phone,
            note,
            address,
            city,
            state,
            zip_,
            country,
            company_name,
            properties,
            tags,
            subscribed,
            subscriber_lists,
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


if not TYPE_CHECKING:
    from ..models.contact_property import ContactProperty


def _describe() -> tuple[Field, ...]:
    return (
        Field("email", "email", STRING, required=True),
        Field("name", "name", STRING),
        Field("phone", "phone", STRING),
        Field("note", "note", STRING),
        Field("address", "address", STRING),
        Field("city", "city", STRING),
        Field("state", "state", STRING),
        Field("zip", "zip_", STRING),
        Field("country", "country", STRING),
        Field("companyName", "company_name", STRING),
        Field("properties", "properties", list_of(model_of(ContactProperty))),
        Field("tags", "tags", list_of(STRING)),
        Field("subscribed", "subscribed", BOOLEAN),
        Field("subscriberLists", "subscriber_lists", list_of(INTEGER)),
    )


register(ContactInput, _describe)

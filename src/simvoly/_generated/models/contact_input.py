from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        email = src_dict["email"]

        name = _get("name", UNSET)

        phone = _get("phone", UNSET)

        note = _get("note", UNSET)

        address = _get("address", UNSET)

        city = _get("city", UNSET)

        state = _get("state", UNSET)

        zip_ = _get("zip", UNSET)

        country = _get("country", UNSET)

        company_name = _get("companyName", UNSET)

        _properties = _get("properties", UNSET)
        properties: list[ContactProperty] | Unset = UNSET
        if _properties is not UNSET:
            properties = []
            for properties_item_data in _properties:
                properties_item = ContactProperty.from_dict(properties_item_data)

                properties.append(properties_item)

        tags = _get("tags", UNSET)

        subscribed = _get("subscribed", UNSET)

        subscriber_lists = _get("subscriberLists", UNSET)

        contact_input = cls(
            email=email,
            name=name,
            phone=phone,
            note=note,
            address=address,
            city=city,
            state=state,
            zip_=zip_,
            country=country,
            company_name=company_name,
            properties=properties,
            tags=tags,
            subscribed=subscribed,
            subscriber_lists=subscriber_lists,
        )

        d = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )

        contact_input.additional_properties = d
        return contact_input

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

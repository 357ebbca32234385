from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_property import ContactProperty


T = TypeVar("T", bound="Contact")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "id",
        "name",
        "email",
        "phone",
        "note",
        "address",
        "city",
        "state",
        "zip",
        "country",
        "companyName",
        "createdOn",
        "properties",
        "tags",
        "memberId",
        "subscribed",
        "subscriberLists",
    }
)


@_attrs_define
class Contact:
    """A contact of the website.

    Attributes:
        id (int): Unique identifier.
        name (str | Unset): Contact name.
        email (str | Unset): Email address of the contact.
        phone (str | Unset): Contact phone.
        note (str | Unset): Private note.
        address (str | Unset):
        city (str | Unset):
        state (str | Unset):
        zip_ (str | Unset):
        country (str | Unset):
        company_name (str | Unset):
        created_on (int | Unset): Timestamp in Unix seconds since epoch.
        properties (list[ContactProperty] | Unset): Array of custom properties, as defined in the CRM section of your
            website.
        tags (list[str] | Unset): List of tags assigned to the contact.
        member_id (int | Unset): Member id if assigned to contact.
        subscribed (bool | Unset): Whether the contact is a subscriber (for email marketing).
        subscriber_lists (list[int] | Unset): Array of subscriber list IDs (email marketing lists).
    """

    id: int
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    note: str | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    zip_: str | Unset = UNSET
    country: str | Unset = UNSET
    company_name: str | Unset = UNSET
    created_on: int | Unset = UNSET
    properties: list[ContactProperty] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    member_id: int | Unset = UNSET
    subscribed: bool | Unset = UNSET
    subscriber_lists: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        email = self.email

        phone = self.phone

        note = self.note

        address = self.address

        city = self.city

        state = self.state

        zip_ = self.zip_

        country = self.country

        company_name = self.company_name

        created_on = self.created_on

        properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = []
            for properties_item_data in self.properties:
                properties_item = properties_item_data.to_dict()
                properties.append(properties_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        member_id = self.member_id

        subscribed = self.subscribed

        subscriber_lists: list[int] | Unset = UNSET
        if not isinstance(self.subscriber_lists, Unset):
            subscriber_lists = self.subscriber_lists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
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
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if properties is not UNSET:
            field_dict["properties"] = properties
        if tags is not UNSET:
            field_dict["tags"] = tags
        if member_id is not UNSET:
            field_dict["memberId"] = member_id
        if subscribed is not UNSET:
            field_dict["subscribed"] = subscribed
        if subscriber_lists is not UNSET:
            field_dict["subscriberLists"] = subscriber_lists

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        name = _get("name", UNSET)

        email = _get("email", UNSET)

        phone = _get("phone", UNSET)

        note = _get("note", UNSET)

        address = _get("address", UNSET)

        city = _get("city", UNSET)

        state = _get("state", UNSET)

        zip_ = _get("zip", UNSET)

        country = _get("country", UNSET)

        company_name = _get("companyName", UNSET)

        created_on = _get("createdOn", UNSET)

        _properties = _get("properties", UNSET)
        properties: list[ContactProperty] | Unset = UNSET
        if _properties is not UNSET:
            properties = []
            for properties_item_data in _properties:
                properties_item = ContactProperty.from_dict(properties_item_data)

                properties.append(properties_item)

        tags = _get("tags", UNSET)

        member_id = _get("memberId", UNSET)

        subscribed = _get("subscribed", UNSET)

        subscriber_lists = _get("subscriberLists", UNSET)

        contact = cls(
            id=id,
            name=name,
            email=email,
            phone=phone,
            note=note,
            address=address,
            city=city,
            state=state,
            zip_=zip_,
            country=country,
            company_name=company_name,
            created_on=created_on,
            properties=properties,
            tags=tags,
            member_id=member_id,
            subscribed=subscribed,
            subscriber_lists=subscriber_lists,
        )

        d = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )

        contact.additional_properties = d
        return contact

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

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
        phone (None | str | Unset): Contact phone; null when empty.
        note (None | str | Unset): Private note; null when empty.
        address (None | str | Unset): null when empty.
        city (None | str | Unset): null when empty.
        state (None | str | Unset): null when empty.
        zip_ (None | str | Unset): null when empty.
        country (None | str | Unset): null when empty.
        company_name (None | str | Unset): null when empty.
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
    phone: str | Unset | None = UNSET
    note: str | Unset | None = UNSET
    address: str | Unset | None = UNSET
    city: str | Unset | None = UNSET
    state: str | Unset | None = UNSET
    zip_: str | Unset | None = UNSET
    country: str | Unset | None = UNSET
    company_name: str | Unset | None = UNSET
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

        phone: str | Unset | None
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        note: str | Unset | None
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        address: str | Unset | None
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        city: str | Unset | None
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: str | Unset | None
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        zip_: str | Unset | None
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        country: str | Unset | None
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        company_name: str | Unset | None
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
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
        _exact = len(src_dict) == 17
        if _exact:
            try:
                id = src_dict["id"]
                name = src_dict["name"]
                email = src_dict["email"]
                phone = src_dict["phone"]
                note = src_dict["note"]
                address = src_dict["address"]
                city = src_dict["city"]
                state = src_dict["state"]
                zip_ = src_dict["zip"]
                country = src_dict["country"]
                company_name = src_dict["companyName"]
                created_on = src_dict["createdOn"]
                properties = src_dict["properties"]
                tags = src_dict["tags"]
                member_id = src_dict["memberId"]
                subscribed = src_dict["subscribed"]
                subscriber_lists = src_dict["subscriberLists"]
            except KeyError:
                _exact = False
        if not _exact:
            _get = src_dict.get
            id = _get("id", UNSET)
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
            properties = _get("properties", UNSET)
            tags = _get("tags", UNSET)
            member_id = _get("memberId", UNSET)
            subscribed = _get("subscribed", UNSET)
            subscriber_lists = _get("subscriberLists", UNSET)
        try:
            if not (
                type(id) is int
                and (type(name) is str or name is UNSET)
                and (type(email) is str or email is UNSET)
                and (type(phone) is str or phone is None or phone is UNSET)
                and (type(note) is str or note is None or note is UNSET)
                and (type(address) is str or address is None or address is UNSET)
                and (type(city) is str or city is None or city is UNSET)
                and (type(state) is str or state is None or state is UNSET)
                and (type(zip_) is str or zip_ is None or zip_ is UNSET)
                and (type(country) is str or country is None or country is UNSET)
                and (type(company_name) is str or company_name is None or company_name is UNSET)
                and (type(created_on) is int or created_on is UNSET)
                and (type(member_id) is int or member_id is UNSET)
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
            id,
            name,
            email,
            phone,
            note,
            address,
            city,
            state,
            zip_,
            country,
            company_name,
            created_on,
            properties,
            tags,
            member_id,
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
        Field("id", "id", INTEGER, required=True),
        Field("name", "name", STRING),
        Field("email", "email", STRING),
        Field("phone", "phone", STRING, nullable=True),
        Field("note", "note", STRING, nullable=True),
        Field("address", "address", STRING, nullable=True),
        Field("city", "city", STRING, nullable=True),
        Field("state", "state", STRING, nullable=True),
        Field("zip", "zip_", STRING, nullable=True),
        Field("country", "country", STRING, nullable=True),
        Field("companyName", "company_name", STRING, nullable=True),
        Field("createdOn", "created_on", INTEGER),
        Field("properties", "properties", list_of(model_of(ContactProperty))),
        Field("tags", "tags", list_of(STRING)),
        Field("memberId", "member_id", INTEGER),
        Field("subscribed", "subscribed", BOOLEAN),
        Field("subscriberLists", "subscriber_lists", list_of(INTEGER)),
    )


register(Contact, _describe)

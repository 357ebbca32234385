from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact
    from ..models.field_value import FieldValue
    from ..models.website_ref import WebsiteRef


T = TypeVar("T", bound="FormSubmittedEvent")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "website",
        "contact",
        "formName",
        "formValues",
    }
)


@_attrs_define
class FormSubmittedEvent:
    """The body of a form_submitted webhook delivery.

    Attributes:
        website (WebsiteRef | Unset): Information about the website where the event originated.
        contact (Contact | Unset): A contact of the website.
        form_name (str | Unset):
        form_values (list[FieldValue] | Unset): Field/value pairs of all submitted fields.
    """

    website: WebsiteRef | Unset = UNSET
    contact: Contact | Unset = UNSET
    form_name: str | Unset = UNSET
    form_values: list[FieldValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        website: dict[str, Any] | Unset = UNSET
        if not isinstance(self.website, Unset):
            website = self.website.to_dict()

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        form_name = self.form_name

        form_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.form_values, Unset):
            form_values = []
            for form_values_item_data in self.form_values:
                form_values_item = form_values_item_data.to_dict()
                form_values.append(form_values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if website is not UNSET:
            field_dict["website"] = website
        if contact is not UNSET:
            field_dict["contact"] = contact
        if form_name is not UNSET:
            field_dict["formName"] = form_name
        if form_values is not UNSET:
            field_dict["formValues"] = form_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        _website = _get("website", UNSET)
        website: WebsiteRef | Unset
        if isinstance(_website, Unset):
            website = UNSET
        else:
            website = WebsiteRef.from_dict(_website)

        _contact = _get("contact", UNSET)
        contact: Contact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = Contact.from_dict(_contact)

        form_name = _get("formName", UNSET)

        _form_values = _get("formValues", UNSET)
        form_values: list[FieldValue] | Unset = UNSET
        if _form_values is not UNSET:
            form_values = []
            for form_values_item_data in _form_values:
                form_values_item = FieldValue.from_dict(form_values_item_data)

                form_values.append(form_values_item)

        form_submitted_event = cls(
            website=website,
            contact=contact,
            form_name=form_name,
            form_values=form_values,
        )

        d = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )

        form_submitted_event.additional_properties = d
        return form_submitted_event

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
    from ..models.contact import Contact
    from ..models.field_value import FieldValue
    from ..models.website_ref import WebsiteRef

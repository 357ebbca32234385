from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from simvoly._tolerance import (
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
        field_dict.update({})
        if website is not UNSET:
            field_dict["website"] = website
        if contact is not UNSET:
            field_dict["contact"] = contact
        if form_name is not UNSET:
            field_dict["formName"] = form_name
        if form_values is not UNSET:
            field_dict["formValues"] = form_values
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
                website = src_dict["website"]
                contact = src_dict["contact"]
                form_name = src_dict["formName"]
                form_values = src_dict["formValues"]
            except KeyError:
                _exact = False
        if not _exact:
            _get = src_dict.get
            website = _get("website", UNSET)
            contact = _get("contact", UNSET)
            form_name = _get("formName", UNSET)
            form_values = _get("formValues", UNSET)
        try:
            if not (type(form_name) is str or form_name is UNSET):
                raise Fallback
            if website is not UNSET:
                if type(website) is not dict:
                    raise Fallback
                website = WebsiteRef.from_dict(website, strict=strict)
            if contact is not UNSET:
                if type(contact) is not dict or not contact:
                    raise Fallback
                contact = Contact.from_dict(contact, strict=strict)
            if form_values is not UNSET:
                if type(form_values) is not list:
                    raise Fallback
                _read_form_values = FieldValue.from_dict
                form_values = [_read_form_values(_item, strict=strict) for _item in form_values]
        except (Fallback, SpecDeviationError):
            return read(cls, src_dict, strict)
        _self = cls(
            website,
            contact,
            form_name,
            form_values,
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
    from ..models.contact import Contact
    from ..models.field_value import FieldValue
    from ..models.website_ref import WebsiteRef


def _describe() -> tuple[Field, ...]:
    return (
        Field("website", "website", model_of(WebsiteRef)),
        Field("contact", "contact", model_of(Contact), empty_is_absent=True),
        Field("formName", "form_name", STRING),
        Field("formValues", "form_values", list_of(model_of(FieldValue))),
    )


register(FormSubmittedEvent, _describe)

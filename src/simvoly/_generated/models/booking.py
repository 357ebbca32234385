from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from simvoly._tolerance import (
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
    from ..models.contact import Contact
    from ..models.event_details import EventDetails
    from ..models.field_value import FieldValue
    from ..models.name_value import NameValue
    from ..models.operator import Operator
    from ..models.service import Service


T = TypeVar("T", bound="Booking")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "id",
        "eventId",
        "contactId",
        "name",
        "email",
        "start",
        "end",
        "eventData",
        "operator",
        "service",
        "formAnswers",
        "contact",
        "fromAnswers",
    }
)


@_attrs_define
class Booking:
    """A booked session.

    Attributes:
        id (int): Unique booking (session) id.
        event_id (int | Unset): Unique event id.
        contact_id (int | Unset): Unique contact id.
        name (str | Unset): Contact name.
        email (str | Unset): Contact email.
        start (int | Unset): Timestamp in Unix seconds since epoch (booking start).
        end (int | Unset): Timestamp in Unix seconds since epoch (booking end).
        event_data (EventDetails | Unset): The booked event.
        operator (Operator | Unset): The person who runs the booked session.
        service (Service | Unset): The booked service.
        form_answers (list[NameValue] | Unset): Name/value pairs of all form questions answered by the attendee.
        contact (Contact | Unset): A contact of the website.
        from_answers (list[FieldValue] | Unset): Field/value pairs of the booking form's answers (the server's own
            spelling). A real booking_created body carries it instead of the seed's `formAnswers`.
    """

    id: int
    event_id: int | Unset = UNSET
    contact_id: int | Unset = UNSET
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    start: int | Unset = UNSET
    end: int | Unset = UNSET
    event_data: EventDetails | Unset = UNSET
    operator: Operator | Unset = UNSET
    service: Service | Unset = UNSET
    form_answers: list[NameValue] | Unset = UNSET
    contact: Contact | Unset = UNSET
    from_answers: list[FieldValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event_id = self.event_id

        contact_id = self.contact_id

        name = self.name

        email = self.email

        start = self.start

        end = self.end

        event_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_data, Unset):
            event_data = self.event_data.to_dict()

        operator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.to_dict()

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        form_answers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.form_answers, Unset):
            form_answers = []
            for form_answers_item_data in self.form_answers:
                form_answers_item = form_answers_item_data.to_dict()
                form_answers.append(form_answers_item)

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        from_answers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.from_answers, Unset):
            from_answers = []
            for from_answers_item_data in self.from_answers:
                from_answers_item = from_answers_item_data.to_dict()
                from_answers.append(from_answers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "id": id,
            }
        )
        if event_id is not UNSET:
            field_dict["eventId"] = event_id
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if event_data is not UNSET:
            field_dict["eventData"] = event_data
        if operator is not UNSET:
            field_dict["operator"] = operator
        if service is not UNSET:
            field_dict["service"] = service
        if form_answers is not UNSET:
            field_dict["formAnswers"] = form_answers
        if contact is not UNSET:
            field_dict["contact"] = contact
        if from_answers is not UNSET:
            field_dict["fromAnswers"] = from_answers
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
        _exact = len(src_dict) == 13
        if _exact:
            try:
                id = src_dict["id"]
                event_id = src_dict["eventId"]
                contact_id = src_dict["contactId"]
                name = src_dict["name"]
                email = src_dict["email"]
                start = src_dict["start"]
                end = src_dict["end"]
                event_data = src_dict["eventData"]
                operator = src_dict["operator"]
                service = src_dict["service"]
                form_answers = src_dict["formAnswers"]
                contact = src_dict["contact"]
                from_answers = src_dict["fromAnswers"]
            except KeyError:
                _exact = False
        if not _exact:
            _get = src_dict.get
            id = _get("id", UNSET)
            event_id = _get("eventId", UNSET)
            contact_id = _get("contactId", UNSET)
            name = _get("name", UNSET)
            email = _get("email", UNSET)
            start = _get("start", UNSET)
            end = _get("end", UNSET)
            event_data = _get("eventData", UNSET)
            operator = _get("operator", UNSET)
            service = _get("service", UNSET)
            form_answers = _get("formAnswers", UNSET)
            contact = _get("contact", UNSET)
            from_answers = _get("fromAnswers", UNSET)
        try:
            if not (
                type(id) is int
                and (type(event_id) is int or event_id is UNSET)
                and (type(contact_id) is int or contact_id is UNSET)
                and (type(name) is str or name is UNSET)
                and (type(email) is str or email is UNSET)
                and (type(start) is int or start is UNSET)
                and (type(end) is int or end is UNSET)
            ):
                raise Fallback
            if event_data is not UNSET:
                if type(event_data) is not dict:
                    raise Fallback
                event_data = EventDetails.from_dict(event_data, strict=strict)
            if operator is not UNSET:
                if type(operator) is not dict:
                    raise Fallback
                operator = Operator.from_dict(operator, strict=strict)
            if service is not UNSET:
                if type(service) is not dict:
                    raise Fallback
                service = Service.from_dict(service, strict=strict)
            if form_answers is not UNSET:
                if type(form_answers) is not list:
                    raise Fallback
                _read_form_answers = NameValue.from_dict
                form_answers = [_read_form_answers(_item, strict=strict) for _item in form_answers]
            if contact is not UNSET:
                if type(contact) is not dict:
                    raise Fallback
                contact = Contact.from_dict(contact, strict=strict)
            if from_answers is not UNSET:
                if type(from_answers) is not list:
                    raise Fallback
                _read_from_answers = FieldValue.from_dict
                from_answers = [_read_from_answers(_item, strict=strict) for _item in from_answers]
        except (Fallback, SpecDeviationError):
            return read(cls, src_dict, strict)
        _self = cls(
            id,
            event_id,
            contact_id,
            name,
            email,
            start,
            end,
            event_data,
            operator,
            service,
            form_answers,
            contact,
            from_answers,
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
    from ..models.event_details import EventDetails
    from ..models.field_value import FieldValue
    from ..models.name_value import NameValue
    from ..models.operator import Operator
    from ..models.service import Service


def _describe() -> tuple[Field, ...]:
    return (
        Field("id", "id", INTEGER, required=True),
        Field("eventId", "event_id", INTEGER),
        Field("contactId", "contact_id", INTEGER),
        Field("name", "name", STRING),
        Field("email", "email", STRING),
        Field("start", "start", INTEGER),
        Field("end", "end", INTEGER),
        Field("eventData", "event_data", model_of(EventDetails)),
        Field("operator", "operator", model_of(Operator)),
        Field("service", "service", model_of(Service)),
        Field("formAnswers", "form_answers", list_of(model_of(NameValue))),
        Field("contact", "contact", model_of(Contact)),
        Field("fromAnswers", "from_answers", list_of(model_of(FieldValue))),
    )


register(Booking, _describe)

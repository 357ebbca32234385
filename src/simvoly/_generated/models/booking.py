from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_details import EventDetails
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        event_id = _get("eventId", UNSET)

        contact_id = _get("contactId", UNSET)

        name = _get("name", UNSET)

        email = _get("email", UNSET)

        start = _get("start", UNSET)

        end = _get("end", UNSET)

        _event_data = _get("eventData", UNSET)
        event_data: EventDetails | Unset
        if isinstance(_event_data, Unset):
            event_data = UNSET
        else:
            event_data = EventDetails.from_dict(_event_data)

        _operator = _get("operator", UNSET)
        operator: Operator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = Operator.from_dict(_operator)

        _service = _get("service", UNSET)
        service: Service | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = Service.from_dict(_service)

        _form_answers = _get("formAnswers", UNSET)
        form_answers: list[NameValue] | Unset = UNSET
        if _form_answers is not UNSET:
            form_answers = []
            for form_answers_item_data in _form_answers:
                form_answers_item = NameValue.from_dict(form_answers_item_data)

                form_answers.append(form_answers_item)

        booking = cls(
            id=id,
            event_id=event_id,
            contact_id=contact_id,
            name=name,
            email=email,
            start=start,
            end=end,
            event_data=event_data,
            operator=operator,
            service=service,
            form_answers=form_answers,
        )

        d = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )

        booking.additional_properties = d
        return booking

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
    from ..models.event_details import EventDetails
    from ..models.name_value import NameValue
    from ..models.operator import Operator
    from ..models.service import Service

"""simvoly._tolerance: the tolerant reader, strict mode and deviations(), through the models.

What a user relies on: an odd answer never costs a record (only one whose required field
cannot be read), nothing that came is lost (`additional_properties`, `to_dict()`), one
warning per model and field names the types and never a value, and strict mode names the
JSON path of the first deviation.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Iterator
from types import MappingProxyType
from typing import Any

import pytest

from simvoly import UNSET, _tolerance
from simvoly._tolerance import (
    Deviation,
    DeviationKind,
    SpecDeviationError,
    deviations,
    fields_of,
    json_type,
    read_list,
    read_page,
)
from simvoly.models import (
    Booking,
    Contact,
    ContactPage,
    FieldValue,
    FormSubmittedEvent,
    MemberGroup,
    Order,
    OrderItem,
    OrderStatus,
    ProductVariant,
    Webhook,
    WebhookTopic,
)

# A value no log line or message may show: answers hold personal data.
PRIVATE = "jane.private@example.com"


@pytest.fixture(autouse=True)
def fresh_warnings() -> Iterator[None]:
    """Each test starts as a new process would: nothing logged yet."""
    _tolerance._logged.clear()
    yield
    _tolerance._logged.clear()


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG, logger="simvoly")
    return caplog


def messages(caplog: pytest.LogCaptureFixture, level: int = logging.WARNING) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.levelno == level]


# --- tolerant reading (the default) ---------------------------------------------------------


def test_null_in_a_nullable_field_is_none() -> None:
    contact = Contact.from_dict({"id": 1, "phone": None, "companyName": None})
    assert (contact.phone, contact.company_name) == (None, None)
    assert contact.additional_properties == {}


def test_null_elsewhere_reads_as_absent_is_kept_and_only_logged_at_debug(
    logs: pytest.LogCaptureFixture,
) -> None:
    order = Order.from_dict({"id": 1, "status": None, "items": None, "total": None})
    assert (order.status, order.items, order.total) == (UNSET, UNSET, UNSET)
    assert order.additional_properties == {"status": None, "items": None, "total": None}
    assert order.to_dict() == {"id": 1, "status": None, "items": None, "total": None}
    assert messages(logs) == []
    assert "Order.status is null; read as absent (UNSET) (logged once per field)" in messages(
        logs, logging.DEBUG
    )


@pytest.mark.parametrize(
    ("field", "value", "expected", "got"),
    [
        ("total", PRIVATE, "number", "string"),
        ("total", True, "number", "boolean"),  # a bool is not a number
        ("invoiceNo", 1.5, "integer", "number"),
        ("invoiceNo", False, "integer", "boolean"),  # nor an integer
        ("paid", 1, "boolean", "integer"),
        ("customerEmail", 42, "string", "integer"),
        ("status", 3, "OrderStatus (string)", "integer"),
        ("shippingAddress", [PRIVATE], "Address (object)", "array"),
        ("items", {"id": 1}, "array of OrderItem (object)", "object"),
        ("tags", PRIVATE, "array of string", "string"),
    ],
)
def test_a_wrongly_typed_value_reads_as_absent_is_kept_and_warned_about_once(
    field: str, value: object, expected: str, got: str, logs: pytest.LogCaptureFixture
) -> None:
    payload = {"id": 7, "customerName": "Jane", field: value}
    order = Order.from_dict(payload)
    attribute = next(f.attr for f in fields_of(Order) if f.json == field)
    assert getattr(order, attribute) is UNSET
    assert order.customer_name == "Jane"  # the rest of the record is read
    assert order[field] == value  # the raw value is reachable by its JSON name
    assert order.to_dict() == payload  # and given back
    Order.from_dict(payload)  # the same again: no second warning
    [warning] = messages(logs)
    assert warning == (
        f"Order.{field}: expected {expected}, got {got}; read as absent (UNSET), the value "
        f"is kept in additional_properties[{field!r}] (logged once per field)"
    )
    assert PRIVATE not in logs.text


def test_an_int_is_a_number_and_an_unknown_enum_value_is_kept() -> None:
    order = Order.from_dict({"id": 1, "total": 49, "status": "refunded"})
    assert order.total == 49
    assert order.status == "refunded"
    assert isinstance(order.status, OrderStatus)
    assert order.additional_properties == {}


def test_an_unreadable_list_item_is_left_out_and_the_whole_list_kept(
    logs: pytest.LogCaptureFixture,
) -> None:
    items = [{"id": 1}, PRIVATE, None, {"id": 4, "total": "x"}, ["nested"]]
    order = Order.from_dict({"id": 9, "items": items, "tags": ["a", 5, "b"]})
    assert order.items == [OrderItem(id=1), OrderItem.from_dict({"id": 4, "total": "x"})]
    assert order["items"] == items
    assert order.tags == ["a", "b"]
    assert order["tags"] == ["a", 5, "b"]
    assert sorted(messages(logs)) == [
        "Order.items: left out 3 item(s) that cannot be read (Order.items[1]: expected "
        "OrderItem (object), got string); the whole list is kept in "
        "additional_properties['items'] (logged once per field)",
        "Order.tags: left out 1 item(s) that cannot be read (Order.tags[1]: expected string, "
        "got integer); the whole list is kept in additional_properties['tags'] (logged once "
        "per field)",
        "OrderItem.total: expected number, got string; read as absent (UNSET), the value is "
        "kept in additional_properties['total'] (logged once per field)",
    ]
    assert PRIVATE not in logs.text


def test_a_list_item_without_its_required_id_is_dropped_from_a_page() -> None:
    page = ContactPage.from_dict(
        {
            "items": [{"id": 1}, {"name": "no id"}, {"id": "2"}],
            "totalCount": 3,
            "limit": 50,
            "skip": 0,
        }
    )
    assert [contact.id for contact in page.items] == [1]
    assert page.total_count == 3


def test_a_nested_record_that_cannot_be_built_reads_as_absent(
    logs: pytest.LogCaptureFixture,
) -> None:
    payload = {"id": 5, "contact": {"name": "Jane", "email": PRIVATE}, "fromAnswers": []}
    booking = Booking.from_dict(payload)
    assert booking.contact is UNSET
    assert booking.from_answers == []
    assert booking["contact"] == payload["contact"]
    assert booking.to_dict() == payload
    assert messages(logs) == [
        "Booking.contact.id: expected integer, got missing; read as absent (UNSET), the value "
        "is kept in additional_properties['contact'] (logged once per field)"
    ]


def test_an_empty_object_where_the_spec_says_it_means_none_is_absent_without_a_word(
    logs: pytest.LogCaptureFixture,
) -> None:
    event = FormSubmittedEvent.from_dict({"contact": {}, "formName": "Poll"}, strict=True)
    assert event.contact is UNSET
    assert event["contact"] == {}
    assert event.to_dict() == {"contact": {}, "formName": "Poll"}
    assert deviations(FormSubmittedEvent, {"contact": {}}) == []
    assert logs.records == []
    # Elsewhere {} is a record like any other: without its id, it cannot be built.
    assert Booking.from_dict({"id": 1, "contact": {}}).contact is UNSET


def test_fields_the_spec_does_not_know_are_kept() -> None:
    order = Order.from_dict({"id": 1, "giftWrap": True, "total": 3})
    assert order.additional_properties == {"giftWrap": True}
    assert order.total == 3


def test_any_mapping_reads_like_a_dict() -> None:
    payload = {"id": 1, "name": "Jane", "tags": ["x"]}
    assert Contact.from_dict(MappingProxyType(payload)) == Contact.from_dict(payload)


@pytest.mark.parametrize(
    ("payload", "path", "expected", "got"),
    [
        ({"name": "no id"}, "Contact.id", "integer", "missing"),
        ({"id": None}, "Contact.id", "integer", "null"),
        ({"id": "12"}, "Contact.id", "integer", "string"),
        ({"id": True}, "Contact.id", "integer", "boolean"),
        ([{"id": 1}], "Contact", "Contact (object)", "array"),
        (None, "Contact", "Contact (object)", "null"),
    ],
)
def test_a_single_record_without_a_readable_id_raises_naming_model_and_field(
    payload: Any, path: str, expected: str, got: str
) -> None:
    with pytest.raises(SpecDeviationError) as caught:
        Contact.from_dict(payload)
    error = caught.value
    assert (error.model, error.path, error.expected, error.got) == ("Contact", path, expected, got)
    assert str(error) == f"{path}: expected {expected}, got {got}"
    assert isinstance(error, ValueError)


def test_the_variant_fields_real_clients_treat_as_nullable_are() -> None:
    variant = ProductVariant.from_dict(
        {"price": 9, "regularPrice": None, "salePrice": None, "quantity": None, "sku": None},
        strict=True,
    )
    assert (variant.regular_price, variant.quantity, variant.sku) == (None, None, None)


# --- strict mode ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "model", "path", "expected", "got"),
    [
        ({"id": 1, "total": "9"}, "Order", "Order.total", "number", "string"),
        ({"id": 1, "status": None}, "Order", "Order.status", "OrderStatus (string)", "null"),
        (
            {"id": 1, "items": [{"id": 1}, {"id": 2}, {"id": 3, "total": "x"}]},
            "OrderItem",
            "Order.items[2].total",
            "number",
            "string",
        ),
        ({"id": 1, "tags": ["a", None]}, "Order", "Order.tags[1]", "string", "null"),
        ({"id": 1, "items": [7]}, "Order", "Order.items[0]", "OrderItem (object)", "integer"),
        (
            {"id": 1, "shippingAddress": {"vatId": 5}},
            "Address",
            "Order.shippingAddress.vatId",
            "string",
            "integer",
        ),
        ({"total": 1}, "Order", "Order.id", "integer", "missing"),
    ],
)
def test_strict_raises_at_the_first_deviation_with_its_path(
    payload: dict[str, Any], model: str, path: str, expected: str, got: str
) -> None:
    with pytest.raises(SpecDeviationError) as caught:
        Order.from_dict(payload, strict=True)
    error = caught.value
    assert (error.model, error.path, error.expected, error.got) == (model, path, expected, got)
    # Tolerant reading of the same payload raises only for the missing id.
    if got != "missing":
        Order.from_dict(payload)


def test_strict_allows_unknown_fields_and_enum_values() -> None:
    order = Order.from_dict({"id": 1, "status": "refunded", "extra": [1]}, strict=True)
    assert order.status == "refunded"
    assert order["extra"] == [1]


def test_the_error_pickles_with_its_fields() -> None:
    error = SpecDeviationError("OrderItem", "Order.items[2].total", "number", "string")
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert (copy.model, copy.path, copy.expected, copy.got, str(copy)) == (
        "OrderItem",
        "Order.items[2].total",
        "number",
        "string",
        "Order.items[2].total: expected number, got string",
    )


# --- deviations() ---------------------------------------------------------------------------


def test_deviations_lists_everything_in_reading_order_and_never_a_value() -> None:
    payload = {
        "id": None,
        "total": PRIVATE,
        "status": "refunded",
        "items": [{"id": 1, "total": "x", "colour": "red"}, 3],
        "additionalFields": None,
        "loyaltyPoints": 12,
    }
    found = deviations(Order, payload)
    kinds = DeviationKind
    assert found == [
        Deviation(kinds.NULL, "Order", "Order.id", "integer", "null"),
        Deviation(kinds.TYPE, "Order", "Order.total", "number", "string"),
        Deviation(kinds.UNKNOWN_ENUM, "Order", "Order.status", "OrderStatus (string)", "string"),
        Deviation(kinds.TYPE, "OrderItem", "Order.items[0].total", "number", "string"),
        Deviation(
            kinds.UNKNOWN_FIELD, "OrderItem", "Order.items[0].colour", "no such field", "string"
        ),
        Deviation(kinds.TYPE, "Order", "Order.items[1]", "OrderItem (object)", "integer"),
        Deviation(kinds.UNKNOWN_FIELD, "Order", "Order.loyaltyPoints", "no such field", "integer"),
    ]
    assert PRIVATE not in repr(found)
    assert deviations(Order, {"id": 1}) == []


def test_deviations_of_a_payload_that_is_not_an_object() -> None:
    assert deviations(Webhook, ["rh_1"]) == [
        Deviation(DeviationKind.TYPE, "Webhook", "Webhook", "Webhook (object)", "array")
    ]


def test_deviations_go_on_past_a_missing_required_field() -> None:
    assert deviations(Contact, {"tags": "vip"}) == [
        Deviation(DeviationKind.MISSING, "Contact", "Contact.id", "integer", "missing"),
        Deviation(DeviationKind.TYPE, "Contact", "Contact.tags", "array of string", "string"),
    ]


# --- plain lists and page envelopes -----------------------------------------------------------


def test_read_list_leaves_out_what_it_cannot_read(logs: pytest.LogCaptureFixture) -> None:
    groups = read_list(MemberGroup, [{"id": 1, "name": "A"}, {"name": "no id"}, "x"], False)
    assert groups == [MemberGroup(id=1, name="A")]
    assert read_list(MemberGroup, {"items": []}, False) == []
    assert messages(logs) == [
        "list[MemberGroup]: left out 2 item(s) that cannot be read (list[MemberGroup][1].id: "
        "expected integer, got missing) (logged once per field)",
    ]
    _tolerance._logged.clear()
    read_list(MemberGroup, {"items": []}, False)
    assert messages(logs)[-1] == (
        "list[MemberGroup]: expected array of MemberGroup (object), got object; read as no "
        "items (logged once per field)"
    )


def test_read_list_strict_raises() -> None:
    with pytest.raises(SpecDeviationError, match=r"list\[MemberGroup\]\[1\]\.id: expected"):
        read_list(MemberGroup, [{"id": 1}, {"id": "2"}], True)
    with pytest.raises(SpecDeviationError, match=r"^list\[MemberGroup\]: expected array"):
        read_list(MemberGroup, "nope", True)


@pytest.mark.parametrize(
    ("envelope", "ids", "total", "warned"),
    [
        ({"items": [{"id": 1}], "totalCount": 9, "limit": 50, "skip": 0}, [1], 9, []),
        (
            {"items": [{"id": 1}], "limit": 50},
            [1],
            None,
            ["ContactPage.totalCount: expected integer, got missing"],
        ),
        (
            {"items": [{"id": 1}], "totalCount": "9"},
            [1],
            None,
            ["ContactPage.totalCount: expected integer, got string"],
        ),
        (
            {"items": None, "totalCount": 0},
            [],
            0,
            ["ContactPage.items: expected array of Contact (object), got null"],
        ),
        (
            {"totalCount": 0},
            [],
            0,
            ["ContactPage.items: expected array of Contact (object), got missing"],
        ),
        (
            {"items": {"id": 1}, "totalCount": 1},
            [],
            1,
            ["ContactPage.items: expected array of Contact (object), got object"],
        ),
        (
            {"items": [{"id": 1}, {"id": "x"}, 5], "totalCount": 3},
            [1],
            3,
            [
                "ContactPage.items: left out 2 item(s) that cannot be read "
                "(ContactPage.items[1].id: expected integer, got string)"
            ],
        ),
        ("<html>", [], None, ["ContactPage: expected an object, got string"]),
    ],
)
def test_read_page_is_lenient_with_the_envelope(
    envelope: Any,
    ids: list[int],
    total: int | None,
    warned: list[str],
    logs: pytest.LogCaptureFixture,
) -> None:
    page = read_page(ContactPage, envelope, False)
    assert [contact.id for contact in page.items] == ids
    assert page.total_count == total
    got = messages(logs)
    assert len(got) == len(warned)
    for message, start in zip(got, warned, strict=True):
        assert message.startswith(start)


def test_read_page_strict_raises_for_the_envelope_too() -> None:
    with pytest.raises(SpecDeviationError, match=r"ContactPage\.totalCount: expected integer"):
        read_page(ContactPage, {"items": [], "limit": 1, "skip": 0}, True)
    page = read_page(
        ContactPage, {"items": [{"id": 2}], "totalCount": 1, "limit": 1, "skip": 0}, True
    )
    assert ([c.id for c in page.items], page.total_count) == ([2], 1)


# --- the pieces -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "name"),
    [
        (None, "null"),
        (True, "boolean"),
        (3, "integer"),
        (3.5, "number"),
        ("x", "string"),
        ([1], "array"),
        ((1,), "array"),
        ({"a": 1}, "object"),
        (MappingProxyType({}), "object"),
        (b"x", "bytes"),
    ],
)
def test_json_type(value: object, name: str) -> None:
    assert json_type(value) == name


def test_fields_of_describes_a_model_as_the_spec_does() -> None:
    fields = {field.json: field for field in fields_of(Order)}
    assert [name for name, field in fields.items() if field.required] == ["id"]
    nullable = {name for name, field in fields.items() if field.nullable}
    assert nullable == {"discountCode", "discountType", "additionalFields", "fulfillment"}
    assert fields["createdTimeFormatted"].attr == "created_time_formatted"
    (contact,) = [f for f in fields_of(FormSubmittedEvent) if f.empty_is_absent]
    assert contact.json == "contact"


def test_an_enum_list_reads_its_members() -> None:
    webhook = Webhook.from_dict({"id": "rh_1", "events": ["order_created", "order_paid"]})
    assert webhook.events == [WebhookTopic.ORDER_CREATED, "order_paid"]
    assert webhook.events[0] is WebhookTopic.ORDER_CREATED
    assert Webhook.from_dict({"id": "rh_1", "events": [3]}).events == []
    assert FieldValue.from_dict({"field": "a", "value": "b"}) == FieldValue(field="a", value="b")

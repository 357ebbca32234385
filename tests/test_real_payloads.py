"""Payloads shaped like real sites' answers (tests/fixtures/real/) read, walk and unwrap.

The bodies have the fields, nulls and nesting of the captured test events that
openapi.yaml's `x-sources` name (values made up). Before issue #10 each of them failed:
`additionalFields: null` broke every order, a booking's `contact` and `fromAnswers` were
unknown, and a form event whose `contact` is `{}` was refused. Now the spec declares these
shapes, so they read strictly with no deviation at all, and the walk and the unwrap go
over real sockets on both transports the SDK ships.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest

from simvoly import AsyncSimvoly, Unset, models
from simvoly._generated.webhook_topics import TOPIC_MODELS
from simvoly._tolerance import deviations
from simvoly.models import Booking, Contact, FieldValue, FormSubmittedEvent, Order
from simvoly.webhooks import sign, unwrap

from .reliability.faultserver import fault_server, reply

REAL = Path(__file__).parent / "fixtures" / "real"
SECRET = "whsec_real_shapes"
TRANSPORTS = ["httpx", "aiohttp"]
# fixture file -> the topic it was delivered as
FIXTURES = {
    "order_created.json": "order_created",
    "booking_created.json": "booking_created",
    "form_submitted.json": "form_submitted",
    "form_submitted_without_contact.json": "form_submitted",
    "contact_updated.json": "contact_updated",
}


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((REAL / name).read_text())
    return data


def signed(topic: str, payload: Any) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(payload).encode()
    return body, {
        "X-Webhook-Topic": topic,
        "X-Webhook-Source": "jonas-shop.example-builder.eu",
        "X-Webhook-Signature": sign(body, SECRET),
    }


@pytest.mark.parametrize(("name", "topic"), FIXTURES.items())
def test_each_real_shape_matches_the_spec_exactly(name: str, topic: str) -> None:
    model = getattr(models, TOPIC_MODELS[topic])
    payload = load(name)
    assert deviations(model, payload) == []
    strict = model.from_dict(payload, strict=True)
    assert strict.to_dict() == payload
    assert strict.additional_properties in ({}, {"contact": {}})  # {} is kept, as it came


@pytest.mark.parametrize(("name", "topic"), FIXTURES.items())
def test_each_real_shape_unwraps_strictly_without_a_warning(
    name: str, topic: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="simvoly")
    event = unwrap(*signed(topic, load(name)), SECRET, strict=True)
    assert event.topic == topic
    assert event.data.to_dict() == load(name)  # type: ignore[attr-defined]  # a model
    assert caplog.records == []


def test_the_real_order_reads_with_its_nulls_and_new_fields() -> None:
    event = unwrap(*signed("order_created", load("order_created.json")), SECRET)
    order = event.data
    assert isinstance(order, Order)
    assert (order.additional_fields, order.fulfillment) == (None, None)
    assert (order.discount_code, order.discount_type) == (None, None)
    assert (order.currency, order.created_time_formatted) == ("EUR", "15/07/2025 19:44")
    assert order.token == "5b0e7c1a-2d4f-4e8b-9a63-7f1c2e9d4b10"
    assert "5b0e7c1a" not in repr(order)  # the order's access token is redacted
    assert not isinstance(order.items, Unset)
    assert order.items[0].images == ["https://example.com/images/linen-cushion.jpg"]
    assert order.items[0].type_ == "physical"
    assert not isinstance(order.shipping_address, Unset)
    assert order.shipping_address.vat_id == "ATU12345678"


def test_the_real_booking_carries_its_contact_and_answers() -> None:
    booking = unwrap(*signed("booking_created", load("booking_created.json")), SECRET).data
    assert isinstance(booking, Booking)
    assert isinstance(booking.contact, Contact)
    assert (booking.contact.id, booking.contact.phone, booking.contact.city) == (15, None, None)
    assert booking.from_answers == [
        FieldValue(field="Name", value="Lea Novak"),
        FieldValue(field="E-Mail", value="lea.novak@example.com"),
    ]
    # The seed's names are not in a real booking_created body: absent, not an error.
    assert isinstance(booking.contact_id, Unset)
    assert isinstance(booking.form_answers, Unset)


def test_a_form_event_whose_contact_is_empty_has_no_contact() -> None:
    event = unwrap(
        *signed("form_submitted", load("form_submitted_without_contact.json")), SECRET, strict=True
    ).data
    assert isinstance(event, FormSubmittedEvent)
    assert isinstance(event.contact, Unset)
    assert event["contact"] == {}
    assert not isinstance(event.website, Unset)
    assert event.website.domain is None


def test_contact_text_fields_come_back_null() -> None:
    contact = Contact.from_dict(load("contact_updated.json"), strict=True)
    assert (contact.phone, contact.note, contact.city, contact.zip_) == (
        "+33 1 23 45 67 89",
        None,
        "Lyon",
        None,
    )


@pytest.mark.parametrize("backend", TRANSPORTS)
@pytest.mark.parametrize("strict", [False, True])
async def test_a_real_order_walks_through_orders_list_over_sockets(
    backend: str, strict: bool
) -> None:
    order = load("order_created.json")
    second = {**order, "id": 4, "additionalFields": [{"field": "Gift note", "value": "Hi"}]}
    page = {"items": [order, second], "totalCount": 2, "limit": 50, "skip": 0}
    async with (
        fault_server(reply(200, page), reply(200, order)) as server,
        AsyncSimvoly(
            "key",
            base_url=server.base_url,
            http_backend=backend,  # type: ignore[arg-type]  # the two literals
            strict=strict,
        ) as client,
    ):
        walked = [each async for each in client.orders.list()]
        got = await client.orders.get(3)
    assert [each.id for each in walked] == [3, 4]
    assert walked[0].additional_fields is None
    assert walked[1].additional_fields == [FieldValue(field="Gift note", value="Hi")]
    assert got.to_dict() == order


@pytest.mark.parametrize(
    ("model", "payload", "attribute"),
    [
        # The examples of issue #10: each failed the whole page, get or delivery.
        (models.Product, {"id": 1, "subscription": None}, "subscription"),
        (models.Member, {"id": 1, "billingAddress": None}, "billing_address"),
        (models.Booking, {"id": 1, "service": None}, "service"),
        (models.Order, {"id": 1, "items": None}, "items"),
        (models.Order, {"id": 1, "status": None}, "status"),
    ],
)
def test_a_null_in_a_nested_object_array_or_enum_reads_as_absent(
    model: Any, payload: dict[str, Any], attribute: str
) -> None:
    read = model.from_dict(payload)
    assert isinstance(getattr(read, attribute), Unset)
    assert read.to_dict() == payload

"""Seed data: deterministic, plentiful, realistic, and valid against the spec's schemas."""

from __future__ import annotations

import datetime
import json
import time
from typing import Any

import pytest

from simvoly import models
from simvoly._tolerance import deviations
from simvoly.testing import Sandbox
from simvoly.testing._people import list_view
from simvoly.testing._seed import SPAN, window

from .conftest import schema_validator

DAY = datetime.date(2026, 3, 1)


@pytest.fixture(scope="module")
def seeded() -> Sandbox:
    return Sandbox(seed=42, today=DAY)


def dump(sandbox: Sandbox) -> str:
    store = sandbox.store
    parts: dict[str, Any] = {
        name: getattr(store, name)
        for name in ("contacts", "members", "member_groups", "products", "categories")
    }
    parts.update(orders=store.orders, bookings=store.bookings, forms=store.form_submissions)
    parts["lists"] = store.subscriber_lists
    return json.dumps(parts, sort_keys=True, default=str)


def test_the_same_seed_and_day_give_the_same_site(seeded: Sandbox) -> None:
    assert dump(Sandbox(seed=42, today=DAY)) == dump(seeded)
    assert dump(Sandbox.seeded(42, today=DAY)) == dump(seeded)
    assert dump(Sandbox(seed=43, today=DAY)) != dump(seeded)
    assert dump(Sandbox(seed=42, today=DAY + datetime.timedelta(days=1))) != dump(seeded)


def test_the_seed_ends_on_its_day_by_default_today() -> None:
    """Seeded data is dated up to the sandbox's day, so that "the last 30 days" finds
    records whatever the date; the day comes from the sandbox's clock."""
    noon = datetime.datetime(2031, 7, 4, 12, tzinfo=datetime.UTC).timestamp()
    start, end = window(datetime.date(2031, 7, 4))
    assert end == int(datetime.datetime(2031, 7, 4, tzinfo=datetime.UTC).timestamp())
    assert end - start == SPAN
    store = Sandbox(seed=42, clock=lambda: noon).store
    times = [order["created"] for order in store.orders.values()]
    assert start <= min(times)
    assert max(times) <= end
    assert sum(time >= end - 30 * 86400 for time in times) >= 3  # the last 30 days


async def test_the_last_30_days_find_orders_today() -> None:
    sandbox = Sandbox(seed=42)
    since = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=30)
    async with sandbox.client() as client:
        recent = [order async for order in client.orders.list(created_at_min=since)]
    assert len(recent) >= 3


@pytest.mark.parametrize("today", ["2026-03-01", datetime.datetime(2026, 3, 1), 20260301])
def test_today_must_be_a_date(today: object) -> None:
    with pytest.raises(TypeError, match=r"today must be a datetime\.date"):
        Sandbox(seed=1, today=today)  # type: ignore[arg-type]  # wrong on purpose


def test_an_unseeded_sandbox_is_empty() -> None:
    store = Sandbox().store
    assert not any(
        (store.contacts, store.members, store.products, store.orders, store.form_submissions)
    )


def test_the_seeded_site_is_plentiful(seeded: Sandbox) -> None:
    store = seeded.store
    counts = (
        len(store.contacts),
        len(store.members),
        len(store.member_groups),
        len(store.categories),
        len(store.products),
        len(store.orders),
        len(store.bookings),
        len(store.form_submissions),
        len(store.subscriber_lists),
    )
    assert counts == (300, 60, 4, 10, 40, 150, 80, 120, 3)
    assert store.events == []  # seeding delivers nothing
    assert len({c["email"] for c in store.contacts.values()}) == 300
    assert {p["type"] for p in store.products.values()} == {
        "physical",
        "digital",
        "service",
        "membership",
    }
    physical = [p for p in store.products.values() if p["type"] == "physical" and p["options"]]
    assert all(len(p["variants"]) > 1 for p in physical)
    assert any(o["taxes"] for o in store.orders.values())
    assert any(o["discountCode"] for o in store.orders.values())
    assert all(o["items"] for o in store.orders.values())
    assert {o["status"] for o in store.orders.values()} >= {"pending", "shipped", "completed"}
    assert any(c["parentCategory"] for c in store.categories.values())
    times = [c["createdOn"] for c in store.contacts.values()]
    assert times == sorted(times)
    start, end = window(DAY)
    assert times[0] >= start
    assert times[-1] <= end
    for member in store.members.values():
        assert store.contacts[member["contactId"]]["memberId"] == member["id"]


def test_order_totals_add_up(seeded: Sandbox) -> None:
    for order in seeded.store.orders.values():
        items = round(sum(item["total"] for item in order["items"]), 2)
        taxes = sum(tax["total"] for tax in order["taxes"])
        expected = items + order["shippingAmount"] - order["discountAmount"] + taxes
        assert order["subTotal"] == items
        assert order["total"] == pytest.approx(expected, abs=0.01)


@pytest.mark.parametrize(
    ("collection", "schema"),
    [
        ("contacts", "Contact"),
        ("members", "Member"),
        ("member_groups", "MemberGroup"),
        ("categories", "Category"),
        ("products", "Product"),
        ("orders", "Order"),
        ("bookings", "Booking"),
        ("form_submissions", "FormSubmission"),
    ],
)
def test_every_seeded_record_matches_its_schema(
    seeded: Sandbox, collection: str, schema: str
) -> None:
    records = getattr(seeded.store, collection)
    validator = schema_validator(schema)
    for record in records.values() if isinstance(records, dict) else records:
        validator.validate(record)


def test_seeded_subscriber_lists_match_their_schema(seeded: Sandbox) -> None:
    validator = schema_validator("SubscriberList")
    for record in seeded.store.subscriber_lists.values():
        view = list_view(seeded.store, record)
        validator.validate(view)
        assert view["subscribers"] > 0
        assert 0 <= view["clicks"] <= view["opens"] <= 1


MODELS = {
    "contacts": "Contact",
    "members": "Member",
    "products": "Product",
    "orders": "Order",
    "bookings": "Booking",
    "form_submissions": "FormSubmission",
}


@pytest.mark.parametrize(("collection", "model"), MODELS.items())
def test_every_seeded_record_reads_as_its_model_without_a_deviation(
    seeded: Sandbox, collection: str, model: str
) -> None:
    records = getattr(seeded.store, collection)
    cls = getattr(models, model)
    for record in records.values() if isinstance(records, dict) else records:
        assert deviations(cls, record) == []


def test_the_seeded_site_speaks_like_a_real_one(seeded: Sandbox) -> None:
    store = seeded.store
    contacts = list(store.contacts.values())
    assert any(c["companyName"] is None for c in contacts)  # empty: null, not ""
    assert all(c["companyName"] != "" and c["note"] != "" for c in contacts)
    orders = list(store.orders.values())
    assert {o["currency"] for o in orders} == {"EUR"}
    assert len({o["token"] for o in orders}) == len(orders)
    assert all(
        o["createdTimeFormatted"] == time.strftime("%d/%m/%Y %H:%M", time.gmtime(o["created"]))
        for o in orders
    )
    assert any(o["additionalFields"] is None for o in orders)
    assert any(o["additionalFields"] for o in orders)
    assert all(o["fulfillment"] is None for o in orders if o["status"] == "pending")
    assert any(o["fulfillment"] for o in orders)
    assert all("images" in item for o in orders for item in o["items"])
    bookings = list(store.bookings.values())
    assert all(b["contact"]["id"] == b["contactId"] for b in bookings)
    assert all(b["fromAnswers"][0]["field"] == "Name" for b in bookings)
    variants = [v for p in store.products.values() for v in p["variants"]]
    assert any(v["quantity"] is None for v in variants)  # no stock tracking
    assert any(v["salePrice"] is None for v in variants)

"""Products, categories, orders, bookings and form submissions: the sandbox's rules."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import httpx
import pytest

import simvoly
from simvoly import AsyncSimvoly
from simvoly.models import (
    Address,
    Category,
    FieldValue,
    Fulfillment,
    ProductVariant,
    Subscription,
)
from simvoly.testing import Sandbox

from .conftest import known


@pytest.fixture
async def client(sandbox: Sandbox) -> AsyncIterator[AsyncSimvoly]:
    async with sandbox.client(user_agent="ShopTests/1.0", max_retries=0) as client:
        yield client
    await sandbox.aclose()


# -- products ------------------------------------------------------------------------------


async def test_product_create_defaults_and_unique_urls(client: AsyncSimvoly) -> None:
    chair = await client.products.create("physical", "Blue Chair!")
    assert (chair.url, chair.description, chair.hidden, chair.variants) == (
        "blue-chair",
        "",
        False,
        [],
    )
    again = await client.products.create("physical", "Blue chair")
    assert again.url == "blue-chair-2"
    third = await client.products.create(
        "digital", "Guide", url="blue-chair", file="https://x.io/g.pdf"
    )
    assert (third.url, third.file) == ("blue-chair-3", "https://x.io/g.pdf")
    odd = await client.products.create("service", "***")
    assert odd.url == "item"


async def test_update_existing_product_by_url(sandbox: Sandbox, client: AsyncSimvoly) -> None:
    lamp = await client.products.create("physical", "Lamp", url="lamp", description="Old")
    same = await client.products.create(
        "physical",
        "Brass Lamp",
        url="lamp",
        description="New",
        variants=[ProductVariant(price=99.0, sku="L-1")],
        update_existing_product_by_url=True,
    )
    assert same.id == lamp.id
    assert (same.title, same.description, known(same.variants)[0].sku) == (
        "Brass Lamp",
        "New",
        "L-1",
    )
    assert len(sandbox.store.products) == 1
    assert sandbox.requests[-1].query == {"update_existing_product_by_url": "true"}
    other = await client.products.create(
        "physical", "Shade", url="shade", update_existing_product_by_url=True
    )
    assert other.id != lamp.id
    plain = await client.products.create(
        "physical", "Lamp", url="lamp", update_existing_product_by_url=False
    )
    assert (known(plain.id), plain.url) == (known(other.id) + 1, "lamp-2")


async def test_the_update_flag_must_be_a_boolean(api: httpx.AsyncClient) -> None:
    body = {"type": "physical", "title": "X"}
    response = await api.post("/products?update_existing_product_by_url=yes", json=body)
    assert response.status_code == 400
    assert response.json()["message"] == "update_existing_product_by_url must be true or false"
    response = await api.post("/products?update_existing_product_by_url=TRUE", json=body)
    assert response.status_code == 200


async def test_product_categories_resolve_by_id_or_name(
    sandbox: Sandbox, client: AsyncSimvoly, api: httpx.AsyncClient
) -> None:
    made = await client.products.create(
        "physical",
        "Rug",
        categories=[Category(name="Decor"), Category(name="Rugs", parent_category=1, url="rugs")],
    )
    decor, rugs = known(made.categories)
    assert (decor.id, decor.name, decor.url, decor.parent_category) == (1, "Decor", "decor", 0)
    assert (rugs.id, rugs.parent_category, rugs.url) == (2, 1, "rugs")
    runner = await client.products.create(
        "physical", "Runner", categories=[Category(id=2), Category(name="DECOR")]
    )
    assert [known(c.id) for c in known(runner.categories)] == [2, 1]
    assert len(sandbox.store.categories) == 2
    response = await api.post(
        "/products", json={"type": "physical", "title": "X", "categories": [{"id": 99}]}
    )
    assert response.status_code == 400
    assert "categories[0] needs the id of a category, or a name" in response.text
    assert [c.name for c in await client.product_categories.list()] == ["Decor", "Rugs"]
    assert [c.name for c in await client.product_categories.list(parent=0)] == ["Decor"]
    assert [c.name for c in await client.product_categories.list(parent=1)] == ["Rugs"]


async def test_products_filter_by_category_tree_and_title(
    sandbox: Sandbox, client: AsyncSimvoly
) -> None:
    sandbox_tree = [
        await client.products.create(
            "physical", "Oak Chair", categories=[Category(name="Furniture")]
        ),
        await client.products.create(
            "physical", "Bar Stool", categories=[Category(name="Chairs", parent_category=1)]
        ),
        await client.products.create(
            "physical", "Tall Stool", categories=[Category(name="Stools", parent_category=2)]
        ),
        await client.products.create("digital", "Chair Guide"),
    ]
    assert len(sandbox_tree) == 4

    async def titles(category_id: int | None = None, title: str | None = None) -> list[str]:
        products = client.products.list(category_id=category_id, title=title)
        return [known(p.title) async for p in products]

    assert await titles(category_id=1) == ["Oak Chair", "Bar Stool", "Tall Stool"]
    assert await titles(category_id=2) == ["Bar Stool", "Tall Stool"]
    assert await titles(category_id=3) == ["Tall Stool"]
    assert await titles(title="chair") == ["Oak Chair", "Chair Guide"]
    assert await titles(title="STOOL", category_id=3) == ["Tall Stool"]
    assert await titles(category_id=42) == []


async def test_product_update_sets_non_empty_fields_and_given_variants(
    client: AsyncSimvoly,
) -> None:
    product = await client.products.create(
        "membership",
        "Club",
        description="Monthly",
        images=["https://x.io/a.jpg"],
        variants=[ProductVariant(price=10.0)],
        subscription=Subscription(cycles=0, period=1, period_unit="MONTHLY"),
        hidden=True,
    )
    updated = await client.products.update(
        known(product.id),
        "membership",
        "Club+",
        description="",
        images=[],
        variants=[],
        hidden=False,
    )
    assert (updated.title, updated.description, updated.images) == (
        "Club+",
        "Monthly",
        ["https://x.io/a.jpg"],
    )
    assert (known(updated.variants), updated.hidden, known(updated.subscription).period_unit) == (
        [],
        False,
        "MONTHLY",
    )
    moved = await client.products.update(known(product.id), "membership", "Club+", url="the-club")
    assert moved.url == "the-club"
    with pytest.raises(simvoly.NotFoundError, match="product not found"):
        await client.products.update(999, "physical", "X")


async def test_product_delete(client: AsyncSimvoly) -> None:
    product = await client.products.create("service", "Visit")
    await client.products.delete(known(product.id))
    with pytest.raises(simvoly.NotFoundError):
        await client.products.get(known(product.id))


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"title": "X"}, "type is required"),
        ({"type": "physical"}, "title is required"),
        ({"type": "food", "title": "X"}, "type must be one of physical, digital"),
        ({"type": "physical", "title": ""}, "title must not be empty"),
        ({"type": "physical", "title": "X", "images": ["not a uri"]}, "images[0] must be an"),
        ({"type": "physical", "title": "X", "file": "relative/path"}, "file must be an absolute"),
        (
            {"type": "physical", "title": "X", "variants": [{"price": "9"}]},
            "price must be a number",
        ),
        (
            {"type": "physical", "title": "X", "variants": [{"price": True}]},
            "price must be a number",
        ),
        ({"type": "physical", "title": "X", "hidden": 1}, "hidden must be true or false"),
        ({"type": "physical", "title": "X", "subscription": []}, "subscription must be a JSON"),
    ],
)
async def test_product_bodies_are_checked(
    api: httpx.AsyncClient, body: dict[str, object], words: str
) -> None:
    response = await api.post("/products", json=body)
    assert response.status_code == 400
    assert words in response.json()["message"]


# -- orders --------------------------------------------------------------------------------


async def test_order_status_is_set_in_uppercase_and_read_in_lowercase(
    sandbox: Sandbox, client: AsyncSimvoly, api: httpx.AsyncClient
) -> None:
    order = await sandbox.place_order(customerEmail="ann@example.com")
    assert order["status"] == "pending"
    shipped = await client.orders.update(order["id"], status="SHIPPED")
    assert shipped.status == "shipped"
    assert sandbox.store.orders[order["id"]]["status"] == "shipped"
    response = await api.put(f"/orders/{order['id']}", json={"status": "COMPLETED"})
    assert response.json()["status"] == "completed"
    for bad in ("completed", "REFUNDED", "", 3):
        response = await api.put(f"/orders/{order['id']}", json={"status": bad})
        assert response.status_code == 400
        assert (
            "status must be one of PENDING, SHIPPED, COMPLETED, CANCELED, ARCHIVED"
            in (response.json()["message"])
        )
    assert sandbox.store.orders[order["id"]]["status"] == "completed"


async def test_order_update_sets_non_empty_fields(sandbox: Sandbox, client: AsyncSimvoly) -> None:
    order = await sandbox.place_order(customerName="Ann", billingAddress={"city": "Sofia"})
    updated = await client.orders.update(
        order["id"],
        customer_name="",
        customer_email="ann@example.com",
        billing_address=Address(city="", country="Bulgaria"),
        payment_method="stripe",
        transaction_id="ch_1",
        paid=True,
        fulfillment=Fulfillment(courier="UPS", tracking_no="1Z", tracking_url="https://ups.com/1Z"),
        notify_customer=True,
    )
    assert (updated.customer_name, updated.customer_email) == ("Ann", "ann@example.com")
    assert (known(updated.billing_address).city, known(updated.billing_address).country) == (
        "Sofia",
        "Bulgaria",
    )
    assert (updated.payment_method, updated.transaction_id, updated.paid) == (
        "stripe",
        "ch_1",
        True,
    )
    assert updated.status == "pending"
    assert updated.fulfillment == Fulfillment(
        courier="UPS", tracking_no="1Z", tracking_url="https://ups.com/1Z"
    )
    again = await client.orders.update(order["id"], fulfillment=Fulfillment(tracking_no="1Z2"))
    assert again.fulfillment == Fulfillment(
        courier="UPS", tracking_no="1Z2", tracking_url="https://ups.com/1Z"
    )
    with pytest.raises(simvoly.NotFoundError, match="order not found"):
        await client.orders.update(1, paid=True)


async def test_a_placed_order_has_the_fields_real_orders_have(
    sandbox: Sandbox, client: AsyncSimvoly
) -> None:
    sandbox.store.clock = lambda: 1752608676.0
    placed = await sandbox.place_order(customerEmail="ann@example.com")
    order = await client.orders.get(placed["id"])
    assert (order.currency, order.created_time_formatted) == ("EUR", "15/07/2025 19:44")
    assert (order.fulfillment, order.additional_fields) == (None, None)  # null, as real ones
    assert uuid.UUID(str(order.token)).version == 4
    assert known(order.shipping_address).vat_id == ""
    given = await sandbox.place_order(token="t-1", createdTimeFormatted="now", currency="USD")
    assert (given["token"], given["createdTimeFormatted"], given["currency"]) == (
        "t-1",
        "now",
        "USD",
    )


async def test_orders_filter_by_creation_time(sandbox: Sandbox, client: AsyncSimvoly) -> None:
    for created in (100, 200, 300):
        await sandbox.place_order(created=created)
    assert [o.created async for o in client.orders.list(created_at_min=150)] == [200, 300]
    assert [o.created async for o in client.orders.list(created_at_max=250)] == [100, 200]
    assert (await client.orders.get(sandbox.store.orders[5001]["id"])).created == 100


async def test_place_order_works_out_totals_and_links_the_contact(
    sandbox: Sandbox, client: AsyncSimvoly
) -> None:
    contact = await client.contacts.create("ann@example.com")
    order = await sandbox.place_order(
        id=1,  # ignored: the sandbox numbers orders
        customerEmail="ANN@example.com",
        items=[{"name": "Chair", "total": 100}, {"name": "Lamp", "total": 50}],
        taxes=[{"name": "VAT", "total": 30}],
        shippingAmount=5,
        discountAmount=15,
    )
    assert (order["id"], order["invoiceNo"], order["contactId"]) == (5001, 1, contact.id)
    assert (order["subTotal"], order["total"]) == (150, 170)
    fixed = await sandbox.place_order(
        subTotal=10, total=12, contactId=7, customerEmail="ann@example.com"
    )
    assert (fixed["total"], fixed["contactId"], fixed["invoiceNo"]) == (12, 7, 2)
    parsed = await client.orders.get(order["id"])
    assert (parsed.total, parsed.discount_code, parsed.discount_type) == (170, None, None)


# -- bookings and form submissions -----------------------------------------------------------


async def test_bookings_filter_by_time_and_event(sandbox: Sandbox, client: AsyncSimvoly) -> None:
    await sandbox.book(eventId=1, start=100, name="Ann")
    await sandbox.book(eventId=2, start=200, end=260)
    await sandbox.book(eventId=1, start=300)
    assert [b.start async for b in client.bookings.list(from_=150)] == [200, 300]
    assert [b.start async for b in client.bookings.list(to=250)] == [100, 200]
    assert [b.start async for b in client.bookings.list(event_id=1)] == [100, 300]
    first = (await client.bookings.list(limit=1)).items[0]
    assert (known(first.id), first.end, first.name, known(first.operator).id) == (
        201,
        100 + 1800,
        "Ann",
        0,
    )


async def test_a_booking_carries_its_contact_and_answers_as_real_ones_do(
    sandbox: Sandbox, client: AsyncSimvoly
) -> None:
    ann = await client.contacts.create("ann@example.com", name="Ann")
    by_id = await sandbox.book(contactId=ann.id, fromAnswers=[{"field": "Name", "value": "Ann"}])
    by_email = await sandbox.book(email="ANN@example.com")
    nobody = await sandbox.book(email="nobody@example.com", name="Bob")
    assert by_email["contactId"] == ann.id
    [first, second, third] = [b async for b in client.bookings.list()]
    assert known(first.contact).id == known(second.contact).id == ann.id
    assert known(first.contact).phone is None  # the contact as answered: empty is null
    assert first.from_answers == [FieldValue(field="Name", value="Ann")]
    assert (second.from_answers, third.contact, third.contact_id) == ([], simvoly.UNSET, 0)
    assert (by_id["id"], nobody["name"]) == (201, "Bob")


async def test_form_submissions_filter_by_time(sandbox: Sandbox, client: AsyncSimvoly) -> None:
    await sandbox.submit_form(
        "Contact form", {"Name": "Ann", "Email": "ann@example.com"}, received=100
    )
    await sandbox.submit_form("Newsletter", {"email": "bob@example.com"}, received=200)
    await sandbox.submit_form("Survey", {"Answer": "42"}, received=300)
    assert [s.name async for s in client.form_submissions.list(from_=150)] == [
        "Newsletter",
        "Survey",
    ]
    assert [s.received async for s in client.form_submissions.list(to=200)] == [100, 200]
    first = (await client.form_submissions.list(limit=1)).items[0]
    assert [(f.name, f.value) for f in known(first.fields)] == [
        ("Name", "Ann"),
        ("Email", "ann@example.com"),
    ]
    ann = await client.contacts.get_by_email("ann@example.com")
    bob = await client.contacts.get_by_email("bob@example.com")
    assert (ann.name, bob.name) == ("Ann", "")
    assert len(sandbox.store.contacts) == 2  # the survey had no email
    sandbox.store.clock = lambda: 1234.0
    now = await sandbox.submit_form("Survey", {})
    assert now["received"] == 1234

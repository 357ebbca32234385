"""Realistic, deterministic seed data: the same seed gives the same site, record for record.

A home-furnishing store: 300 contacts with tags, properties and subscriber lists; 60 of
them members in 4 groups; 10 categories in two levels; 40 products (physical ones with
options and a variant per combination, digital, service and membership ones); 150 orders
with items, taxes, shipping, discounts and notes; 80 bookings; 120 form submissions.
Timestamps lie in the 535 days before the seed's day (by default today, UTC), so the
date filters have something to cut and "the last 30 days" finds records; the same seed
and day give the same site, and `Sandbox(seed=..., today=date(...))` pins the day.
Records take real servers' shapes: empty contact fields are null, most orders have no
additional fields (null) and no fulfillment before shipping, digital and service
products track no stock (null quantity). No event of the seeding is delivered to
webhooks.
"""

from __future__ import annotations

import datetime
import itertools
import random
import unicodedata
import uuid
from typing import Final

from ._people import add_group, add_member, add_subscriber_list, new_address, upsert_contact
from ._shop import add_booking, add_category, add_order, add_product, slug, submit_form
from ._store import Record, Store

__all__ = ["SPAN", "populate", "window"]

#: How far back the seeded records go from the seed's day: about a year and a half.
SPAN: Final = 535 * 86400

FIRST: Final = (
    "Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "James", "Isabella", "Lucas",
    "Mia", "Mateo", "Amelia", "Ethan", "Harper", "Ivan", "Maria", "Georgi", "Elena", "Dimitar",
    "Yuki", "Kenji", "Aisha", "Omar", "Chloé", "Leo", "Nora", "Hugo", "Sofia", "Luca",
)  # fmt: skip
LAST: Final = (
    "Smith", "Johnson", "Garcia", "Brown", "Ivanova", "Petrov", "Müller", "Rossi", "Dubois",
    "Tanaka", "Kowalski", "Silva", "Jensen", "Novak", "Haddad", "O'Brien", "Nguyen", "Costa",
    "Fischer", "Moreau",
)  # fmt: skip
PLACES: Final = (
    ("Sofia", "Sofia City", "Bulgaria", "1000"),
    ("Berlin", "Berlin", "Germany", "10115"),
    ("Austin", "TX", "United States", "73301"),
    ("Toronto", "ON", "Canada", "M5H 2N2"),
    ("Lyon", "Auvergne-Rhône-Alpes", "France", "69001"),
    ("Milan", "Lombardy", "Italy", "20121"),
    ("Melbourne", "VIC", "Australia", "3000"),
    ("Osaka", "Osaka", "Japan", "530-0001"),
)
STREETS: Final = ("Oak Street", "Maple Avenue", "Vitosha Blvd", "Hauptstraße", "Via Roma")
COMPANIES: Final = ("", "", "", "Acme Ltd", "Northwind", "Globex", "Blue Fox Design")
TAGS: Final = ("customer", "lead", "newsletter", "vip", "wholesale", "webinar-2025", "referral")
LEAD_STATUSES: Final = ("new", "contacted", "qualified", "won", "lost")
COLORS: Final = ("Natural", "Black", "White", "Walnut", "Sage", "Terracotta")
SIZES: Final = ("Small", "Medium", "Large")
MATERIALS: Final = ("Oak", "Walnut", "Linen", "Rattan", "Brass", "Ceramic", "Wool", "Marble")
# (noun, category, base price)
GOODS: Final = (
    ("Dining Chair", "Chairs", 149.0),
    ("Armchair", "Chairs", 329.0),
    ("Bar Stool", "Chairs", 119.0),
    ("Side Table", "Tables", 179.0),
    ("Coffee Table", "Tables", 289.0),
    ("Floor Lamp", "Lamps", 199.0),
    ("Table Lamp", "Lamps", 89.0),
    ("Area Rug", "Rugs", 259.0),
    ("Runner", "Rugs", 99.0),
    ("Vase", "Vases", 39.0),
)
OTHER_PRODUCTS: Final = (
    ("digital", "Interior Design E-book", "Digital", 19.0),
    ("digital", "Room Planner Templates", "Digital", 29.0),
    ("digital", "Color Palette Pack", "Digital", 9.0),
    ("digital", "Lighting Guide", "Digital", 12.0),
    ("service", "Design Consultation (1 hour)", "Services", 90.0),
    ("service", "Home Staging Visit", "Services", 250.0),
    ("service", "Assembly Service", "Services", 60.0),
    ("membership", "Design Club Monthly", "Services", 15.0),
    ("membership", "Design Club Yearly", "Services", 150.0),
    ("physical", "Gift Card", "Decor", 50.0),
)
EVENTS: Final = (
    (98146, "Design Consultation", "Showroom, Sofia"),
    (98147, "Showroom Visit", "Showroom, Berlin"),
    (98148, "Online Workshop", "Zoom"),
)
OPERATORS: Final = (
    {"id": 51215, "name": "Elena Petrova", "email": "elena.petrova@example.com"},
    {"id": 51216, "name": "Marco Rossi", "email": "marco.rossi@example.com"},
)
STATUSES: Final = ("pending", "shipped", "completed", "completed", "completed", "canceled")
_TOKENS: Final = uuid.UUID("5e1d5eed-0000-4000-8000-000000000000")  # namespace of order tokens


def window(today: datetime.date) -> tuple[int, int]:
    """The seconds since the epoch the seeded records lie between: the `SPAN` before the
    start of `today` (UTC)."""
    end = int(datetime.datetime.combine(today, datetime.time(), tzinfo=datetime.UTC).timestamp())
    return end - SPAN, end


def populate(store: Store, seed: int, today: datetime.date) -> None:
    """Fill `store` with the seed's site, dated up to `today` (on top of what it holds)."""
    start, end = window(today)
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets

    def times(count: int) -> list[int]:
        return sorted(rng.randint(start, end) for _ in range(count))

    lists = [add_subscriber_list(store, name) for name in ("Newsletter", "Product updates")]
    lists.append(add_subscriber_list(store, "Black Friday 2024"))
    for record in lists:
        record.update(created=start, opens=round(rng.uniform(0.2, 0.6), 2))
        record["clicks"] = round(record["opens"] * rng.uniform(0.1, 0.5), 2)
    groups = [
        add_group(store, "Basic Members"),
        add_group(store, "Premium Members", "/premium"),
        add_group(store, "Trade Partners", "/trade"),
        add_group(store, "Beta Testers"),
    ]
    contacts = [_contact(store, rng, index, lists) for index in range(300)]
    for contact, created in zip(contacts, times(len(contacts)), strict=True):
        contact["createdOn"] = created
    for contact in rng.sample(contacts, 60):
        _member(store, rng, contact, groups)
    products = _products(store, rng)
    for created in times(150):
        _order(store, rng, rng.choice(contacts), products, created)
    for booked in times(80):
        _booking(store, rng, rng.choice(contacts), booked)
    for received in times(120):
        _form(store, rng, rng.choice(contacts), received)
    store.events.clear()


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(char for char in folded.lower() if char.isalnum())


def _contact(store: Store, rng: random.Random, index: int, lists: list[Record]) -> Record:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    city, state, country, zip_code = rng.choice(PLACES)
    subscribed = rng.random() < 0.6
    return upsert_contact(
        store,
        {
            "name": f"{first} {last}",
            "email": f"{_ascii(first)}.{_ascii(last)}{index}@example.com",
            "phone": f"+1 555 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            "address": f"{rng.randint(1, 180)} {rng.choice(STREETS)}",
            "city": city,
            "state": state,
            "zip": zip_code,
            "country": country,
            "companyName": rng.choice(COMPANIES),
            "note": rng.choice(("", "", "Prefers email.", "Met at the spring fair.")),
            "tags": rng.sample(TAGS, rng.randint(0, 3)),
            "properties": [{"name": "lead_status", "value": rng.choice(LEAD_STATUSES)}],
            "subscribed": subscribed,
            "subscriberLists": sorted(
                record["id"] for record in lists if subscribed and rng.random() < 0.5
            ),
        },
    )


def _address(rng: random.Random, contact: Record) -> Record:
    return new_address(
        {
            "name": contact["name"],
            "phone": contact["phone"] or "",
            "companyName": contact["companyName"] or "",
            "country": contact["country"] or "",
            "state": contact["state"] or "",
            "city": contact["city"] or "",
            "zipCode": contact["zip"] or "",
            "address": contact["address"] or "",
            "address2": rng.choice(("", "", f"Apt {rng.randint(1, 40)}")),
        }
    )


def _member(store: Store, rng: random.Random, contact: Record, groups: list[Record]) -> None:
    address = _address(rng, contact)
    member = add_member(
        store,
        {
            "name": contact["name"],
            "email": contact["email"],
            "groups": sorted(group["id"] for group in rng.sample(groups, rng.randint(1, 2))),
            "approved": rng.random() < 0.9,
            "billingAddress": address,
            "shippingAddress": address,
        },
    )
    member["registeredOn"] = contact["createdOn"] + rng.randint(0, 30 * 86400)


def _products(store: Store, rng: random.Random) -> list[Record]:
    parents = {name: add_category(store, name) for name in ("Furniture", "Lighting", "Decor")}
    tree = {"Chairs": "Furniture", "Tables": "Furniture", "Lamps": "Lighting", "Rugs": "Decor"}
    tree["Vases"] = "Decor"
    categories = dict(parents)
    for name, parent in tree.items():
        categories[name] = add_category(store, name, parent=parents[parent]["id"])
    categories["Digital"] = add_category(store, "Digital")
    categories["Services"] = add_category(store, "Services")
    titles = rng.sample(list(itertools.product(MATERIALS, GOODS)), 30)
    specs = [("physical", f"{m} {noun}", category, price) for m, (noun, category, price) in titles]
    products = []
    for kind, title, category, price in [*specs, *OTHER_PRODUCTS]:
        product = add_product(store, _product_body(store, rng, kind, title, price))
        product["categories"] = [dict(categories[category])]
        products.append(product)
    return products


def _product_body(store: Store, rng: random.Random, kind: str, title: str, price: float) -> Record:
    handle = slug(title)
    body: Record = {
        "type": kind,
        "title": title,
        "description": f"<p>{title}, made to last.</p>",
        "hidden": rng.random() < 0.1,
        "images": [f"https://{store.domain}/images/{handle}.jpg"],
    }
    if kind == "physical":
        colors = rng.sample(COLORS, rng.randint(2, 3))
        options: list[Record] = [{"name": "Color", "values": colors, "advanced": False}]
        if rng.random() < 0.5:
            options.append({"name": "Size", "values": list(SIZES), "advanced": True})
        body["options"] = options
        combos = itertools.product(*(option["values"] for option in options))
        body["variants"] = [
            _variant(rng, list(combo), price, f"{handle[:3].upper()}-{number:03d}")
            for number, combo in enumerate(combos, 1)
        ]
    else:
        body["variants"] = [_variant(rng, [], price, f"{handle[:3].upper()}-001")]
    if kind == "digital":
        body["file"] = f"https://{store.domain}/files/{handle}.pdf"
    if kind == "membership":
        unit = "YEARLY" if "Yearly" in title else "MONTHLY"
        body["subscription"] = {"cycles": 0, "period": 1, "periodUnit": unit}
    return body


def _variant(rng: random.Random, options: list[str], price: float, sku: str) -> Record:
    price = round(price * rng.uniform(0.9, 1.2), 2)
    on_sale = rng.random() < 0.2
    sale = round(price * 0.8, 2)
    physical = bool(options)
    return {
        "options": options,
        "price": sale if on_sale else price,
        "onSale": on_sale,
        "regularPrice": price,
        "salePrice": sale if on_sale else None,
        "quantity": rng.randint(0, 40) if physical else None,  # null: stock not tracked
        "sku": sku,
        "weight": round(rng.uniform(0.2, 25.0), 1) if physical else None,
    }


def _order(
    store: Store, rng: random.Random, contact: Record, products: list[Record], created: int
) -> None:
    items: list[Record] = []
    for product in rng.sample(products, rng.randint(1, 3)):
        variant = rng.choice(product["variants"])
        quantity = rng.randint(1, 3)
        names = [option["name"] for option in product["options"]]
        items.append(
            {
                "id": len(items) + 1,
                "name": product["title"],
                "url": product["url"],
                "productId": product["id"],
                "type": product["type"],
                "sku": variant["sku"],
                "quantity": quantity,
                "total": round(variant["price"] * quantity, 2),
                "weight": variant["weight"] or 0,
                "width": 0,
                "height": 0,
                "length": 0,
                "shippingRequired": product["type"] == "physical",
                "images": list(product["images"]),
                "variation": [
                    {"name": n, "value": v} for n, v in zip(names, variant["options"], strict=True)
                ],
                "additions": [],
            }
        )
    sub_total = round(sum(item["total"] for item in items), 2)
    shipping = any(item["shippingRequired"] for item in items)
    discount = rng.random() < 0.2
    status = rng.choice(STATUSES)
    address = _address(rng, contact)
    fields: Record = {
        "created": created,
        # Derived, not drawn: new fields leave the random draws of the older ones as they were.
        "token": str(uuid.uuid5(_TOKENS, f"{contact['email']} {created}")),
        "customerName": contact["name"],
        "customerEmail": contact["email"],
        "contactId": contact["id"],
        "memberId": contact["memberId"],
        "shippingAddress": address,
        "billingAddress": address,
        "shippingRequired": shipping,
        "weight": round(sum(item["weight"] * item["quantity"] for item in items), 1),
        "items": items,
        "subTotal": sub_total,
        "shippingName": "Standard delivery" if shipping else "",
        "shippingAmount": 5.9 if shipping else 0,
        "paid": status in ("shipped", "completed") or rng.random() < 0.3,
        "paymentMethod": rng.choice(("stripe", "paypal", "cash_on_delivery")),
        "status": status,
        "tags": rng.sample(("gift", "priority", "repeat-customer"), rng.randint(0, 1)),
        "additionalFields": [{"field": "Gift message", "value": "Happy birthday!"}]
        if rng.random() < 0.1
        else None,
        "notes": [{"time": created + 3600, "value": "Customer asked for a delivery window."}]
        if rng.random() < 0.15
        else [],
    }
    if fields["paid"]:
        fields["transactionId"] = f"ch_{rng.getrandbits(64):016x}"
    if status in ("shipped", "completed") and shipping:
        tracking = "1Z" + fields["token"].replace("-", "")[:16].upper()
        fields["fulfillment"] = {
            "courier": "UPS",
            "trackingNo": tracking,
            "trackingUrl": f"https://www.ups.com/track?tracknum={tracking}",
        }
    if discount:
        fields.update(discountCode="WELCOME10", discountType="percent_discount")
        fields["discountAmount"] = round(sub_total * 0.1, 2)
    if rng.random() < 0.5:
        taxable = sub_total - fields.get("discountAmount", 0)
        fields["taxes"] = [
            {
                "name": "VAT",
                "total": round(taxable * 0.2, 2),
                "applyToShipping": True,
                "rate": 20,
                "type": "PERCENT",
                "appliedToItems": list(range(len(items))),
            }
        ]
    order = add_order(store, **fields)
    order["total"] = round(order["total"], 2)


def _booking(store: Store, rng: random.Random, contact: Record, start: int) -> None:
    event_id, event_name, location = rng.choice(EVENTS)
    end = start + rng.choice((30, 60, 90)) * 60
    operator = dict(rng.choice(OPERATORS))
    topic = rng.choice(GOODS)[0]
    add_booking(
        store,
        eventId=event_id,
        contactId=contact["id"],
        name=contact["name"],
        email=contact["email"],
        start=start,
        end=end,
        eventData={"name": event_name, "location": location},
        operator=operator,
        service={"id": event_id - 98000, "name": event_name},
        formAnswers=[{"name": "What would you like to talk about?", "value": topic}],
        fromAnswers=[
            {"field": "Name", "value": contact["name"]},
            {"field": "E-Mail", "value": contact["email"]},
            {"field": "What would you like to talk about?", "value": topic},
        ],
    )


def _form(store: Store, rng: random.Random, contact: Record, received: int) -> None:
    form = rng.choice(("Contact form", "Newsletter signup", "Quote request"))
    values = {"Email": contact["email"]}
    if form != "Newsletter signup":
        values = {"Name": contact["name"], **values}
    if form == "Contact form":
        values["Message"] = "Do you ship to my country?"
    if form == "Quote request":
        values["Company"] = contact["companyName"] or "-"
        values["Budget"] = rng.choice(("< 1,000", "1,000 - 5,000", "> 5,000"))
    submit_form(store, form, values, received=received)

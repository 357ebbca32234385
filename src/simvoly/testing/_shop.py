"""Products, categories, orders, form submissions and bookings: rules and handlers.

Products are unique by `url`: a create with `update_existing_product_by_url=true` updates
the product with the same url (`product_updated`) instead of adding one. Order statuses
are kept in lowercase and set in uppercase. Orders, bookings and form submissions have
no create operation in the API; `add_order`, `add_booking` and `submit_form` put them in
the store (for seed data and tests) and raise the site's webhook events.

Records take the shapes real servers answer (see openapi.yaml's `x-source` notes): an
order has a currency, a token and its time formatted, `fulfillment` is null until
shipping details are set and `additionalFields` null when none were collected; a
booking carries its contact and its answers as `fromAnswers` besides the seed's fields;
a form event's `website.domain` is null (no custom domain).
"""

from __future__ import annotations

import copy
import re
import time
import uuid
from collections.abc import Mapping
from typing import Any, Final, cast

from simvoly._generated.operations import OPERATIONS

from ._errors import bad_request
from ._people import find_contact, merge_address, new_address, upsert_contact
from ._routes import Call, Handler, between, getter, page
from ._store import Record, Store, require

__all__ = [
    "HANDLERS",
    "add_booking",
    "add_category",
    "add_order",
    "add_product",
    "slug",
    "submit_form",
]

_PRODUCT_TEXT: Final = ("type", "title", "description")
#: The currency of the sandbox's orders.
CURRENCY: Final = "EUR"
# How real answers format an order's time (`createdTimeFormatted`), in UTC here.
_TIME_FORMAT: Final = "%d/%m/%Y %H:%M"
#: create_product updates the product with the body's url instead of adding one when its
#: query says so: `upsert_by` and `upserts()` (x-simvoly-upsert in openapi.yaml).
_CREATE_PRODUCT: Final = OPERATIONS["create_product"]
_UPSERT_BY: Final = cast("str", _CREATE_PRODUCT.upsert_by)
_PRODUCT_LISTS: Final = ("images", "options")


def slug(text: str) -> str:
    """`Blue Chair!` -> `blue-chair`: a product's or category's default url."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "item"


# -- products and categories --------------------------------------------------------------


def _unique_url(store: Store, url: str) -> str:
    taken = {product["url"] for product in store.products.values()}
    candidate, suffix = url, 2
    while candidate in taken:
        candidate, suffix = f"{url}-{suffix}", suffix + 1
    return candidate


def _categories(store: Store, given: list[Record]) -> list[Record]:
    """Resolve a product's categories: by existing id, else by name (created if new)."""
    resolved: list[Record] = []
    for index, wanted in enumerate(given):
        category = store.categories.get(wanted.get("id", 0))
        if category is None and wanted.get("name"):
            name = wanted["name"].casefold()
            found = (c for c in store.categories.values() if c["name"].casefold() == name)
            category = next(found, None) or add_category(
                store, wanted["name"], parent=wanted.get("parentCategory", 0), url=wanted.get("url")
            )
        if category is None:
            raise bad_request(f"categories[{index}] needs the id of a category, or a name")
        resolved.append(dict(category))
    return resolved


def add_category(store: Store, name: str, *, parent: int = 0, url: str | None = None) -> Record:
    """Add a store category (the API has no operation for it)."""
    category_id = store.new_id("categories")
    category = {"id": category_id, "name": name, "url": url or slug(name), "parentCategory": parent}
    store.categories[category_id] = category
    return category


def _apply_product(store: Store, product: Record, body: Record, *, skip_empty: bool) -> None:
    for name in _PRODUCT_TEXT:
        if name in body and (body[name] or not skip_empty):
            product[name] = body[name]
    for name in _PRODUCT_LISTS:
        if name in body and (body[name] or not skip_empty):
            product[name] = body[name]
    if body.get("url") and body["url"] != product["url"]:
        product["url"] = _unique_url(store, body["url"])
    if "hidden" in body:
        product["hidden"] = body["hidden"]
    if "categories" in body and (body["categories"] or not skip_empty):
        product["categories"] = _categories(store, body["categories"])
    if "variants" in body:  # provided variants are always set, even an empty list
        product["variants"] = body["variants"]
    for name in ("subscription", "file"):
        if body.get(name):
            product[name] = body[name]


def add_product(store: Store, body: Record, *, update_by_url: bool = False) -> Record:
    """Create a product (a checked ProductInput); `product_created` is raised.

    With `update_by_url`, the product with the same url (the body's, or the title's
    default) is updated instead, if there is one (`product_updated`).
    """
    url = body.get("url") or slug(body["title"])
    if update_by_url:
        existing = next((p for p in store.products.values() if p[_UPSERT_BY] == url), None)
        if existing is not None:
            _apply_product(store, existing, body, skip_empty=True)
            store.emit("product_updated", existing)
            return existing
    product_id = store.new_id("products")
    product: Record = {
        "id": product_id,
        "type": body["type"],
        "title": body["title"],
        "description": "",
        "url": _unique_url(store, url),
        "hidden": False,
        "images": [],
        "categories": [],
        "options": [],
        "variants": [],
    }
    _apply_product(store, product, {**body, "url": product["url"]}, skip_empty=False)
    store.products[product_id] = product
    store.emit("product_created", product)
    return product


def _update_product(call: Call) -> Record:
    product = require(call.store.products, call.params["id"], "product")
    _apply_product(call.store, product, call.body, skip_empty=True)
    call.store.emit("product_updated", product)
    return product


def _delete_product(call: Call) -> Record:
    product = require(call.store.products, call.params["id"], "product")
    del call.store.products[product["id"]]
    return {"success": True}


def _subtree(store: Store, root: int) -> set[int]:
    ids, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [c["id"] for c in store.categories.values() if c["parentCategory"] == parent]
        frontier.extend(child for child in children if child not in ids)
        ids.update(children)
    return ids


def _list_products(call: Call) -> Record:
    category = call.query.maybe_integer("category_id")
    title = (call.query.text("title") or "").casefold()
    wanted = None if category is None else _subtree(call.store, category)
    products = [
        p
        for p in call.store.products.values()
        if title in p["title"].casefold()
        and (wanted is None or any(c["id"] in wanted for c in p["categories"]))
    ]
    return page(products, call.query)


def _list_categories(call: Call) -> list[Record]:
    parent = call.query.maybe_integer("parent")
    return [
        c for c in call.store.categories.values() if parent is None or c["parentCategory"] == parent
    ]


# -- orders -------------------------------------------------------------------------------


def add_order(store: Store, **fields: Any) -> Record:
    """Place an order (raises `order_created`); `fields` are Order fields, in camelCase.

    Totals left out are worked out from the items, taxes, shipping and discount; the
    token and the formatted time too.
    """
    order_id = store.new_id("orders")
    order: Record = {
        "id": order_id,
        "invoiceNo": store.new_id("invoices"),
        "created": store.now(),
        "token": str(uuid.uuid4()),
        "customerName": "",
        "contactId": 0,
        "memberId": 0,
        "shippingAddress": new_address(),
        "billingAddress": new_address(),
        "shippingRequired": False,
        "weight": 0,
        "weightUnit": "kg",
        "discountCode": None,
        "discountType": None,
        "discountAmount": 0,
        "shippingName": "",
        "shippingAmount": 0,
        "paid": False,
        "paymentMethod": "",
        "transactionId": "",
        "status": "pending",
        "currency": CURRENCY,
        "taxes": [],
        "items": [],
        "tags": [],
        "additionalFields": None,  # null when the checkout collected none
        "fulfillment": None,  # null until shipping details are set
        "notes": [],
        **{name: value for name, value in fields.items() if name != "id"},
    }
    order.setdefault(
        "createdTimeFormatted", time.strftime(_TIME_FORMAT, time.gmtime(order["created"]))
    )
    order.setdefault("subTotal", sum(item.get("total", 0) for item in order["items"]))
    order.setdefault(
        "total",
        order["subTotal"]
        + order["shippingAmount"]
        - order["discountAmount"]
        + sum(tax.get("total", 0) for tax in order["taxes"]),
    )
    contact = find_contact(store, order.get("customerEmail", ""))
    if contact is not None and not order["contactId"]:
        order["contactId"] = contact["id"]
    store.orders[order_id] = order
    store.emit("order_created", order)
    return order


def _update_order(call: Call) -> Record:
    order = require(call.store.orders, call.params["id"], "order")
    body = call.body
    for name in ("customerName", "customerEmail", "paymentMethod", "transactionId"):
        if body.get(name):
            order[name] = body[name]
    for name in ("billingAddress", "shippingAddress"):
        merge_address(order[name], body.get(name, {}))
    if "paid" in body:
        order["paid"] = body["paid"]
    if "status" in body:
        order["status"] = body["status"].lower()
    if body.get("fulfillment"):
        order["fulfillment"] = {**(order["fulfillment"] or {}), **body["fulfillment"]}
    # `notifyCustomer` is checked, but nobody is notified.
    call.store.emit("order_updated", order)
    return order


def _list_orders(call: Call) -> Record:
    orders = call.store.orders.values()
    return page(between(call, orders, "created"), call.query)


# -- bookings and form submissions --------------------------------------------------------


def add_booking(store: Store, **fields: Any) -> Record:
    """Book a session (raises `booking_created`); `fields` are Booking fields, in camelCase.

    The booking carries the contact with `contactId` (or `email`) as it is then, and
    its answers both as the seed's `formAnswers` and as the server's `fromAnswers`.
    """
    booking_id = store.new_id("bookings")
    start = fields.get("start", store.now())
    booking: Record = {
        "id": booking_id,
        "eventId": 0,
        "contactId": 0,
        "name": "",
        "start": start,
        "end": start + 30 * 60,
        "eventData": {"name": "", "location": ""},
        "operator": {"id": 0, "name": ""},
        "service": {"id": 0, "name": ""},
        "formAnswers": [],
        "fromAnswers": [],
        **{name: value for name, value in fields.items() if name != "id"},
    }
    contact = store.contacts.get(booking["contactId"]) or find_contact(
        store, booking.get("email") or ""
    )
    if contact is not None and "contact" not in fields:
        booking["contactId"] = contact["id"]
        booking["contact"] = copy.deepcopy(contact)
    store.bookings[booking_id] = booking
    store.emit("booking_created", booking)
    return booking


def submit_form(
    store: Store, name: str, values: Mapping[str, str], *, received: int | None = None
) -> Record:
    """Record a form submission (raises `form_submitted`).

    A field named `email` (any case) creates or updates that contact, as the site does,
    with the `name` field as its name.
    """
    submission: Record = {
        "name": name,
        "received": store.now() if received is None else received,
        "fields": [{"name": field, "value": value} for field, value in values.items()],
    }
    store.form_submissions.append(submission)
    lowered = {field.lower(): value for field, value in values.items()}
    contact: Record = {}
    if lowered.get("email"):
        body = {
            "email": lowered["email"],
            **({"name": lowered["name"]} if "name" in lowered else {}),
        }
        contact = upsert_contact(store, body)
    domain = store.domain
    event = {
        "website": {
            "id": 1,
            "subdomain": domain.split(".")[0],
            "systemDomain": domain,
            "domain": None,  # the site's custom domain: it has none
        },
        "contact": contact,
        "formName": name,
        "formValues": [{"field": field, "value": value} for field, value in values.items()],
    }
    store.emit("form_submitted", event)
    return submission


def _list_form_submissions(call: Call) -> Record:
    submissions = call.store.form_submissions
    return page(between(call, submissions, "received"), call.query)


def _list_bookings(call: Call) -> Record:
    event = call.query.maybe_integer("eventId")
    bookings = between(call, call.store.bookings.values(), "start")
    return page([b for b in bookings if event is None or b["eventId"] == event], call.query)


#: The behaviour of each operation, by operationId (routes come from openapi.yaml).
HANDLERS: Final[dict[str, Handler]] = {
    "list_products": _list_products,
    "create_product": lambda call: add_product(
        call.store,
        call.body,
        update_by_url=_CREATE_PRODUCT.upserts(call.query.parsed),
    ),
    "list_product_categories": _list_categories,
    "get_product": getter("products", "product"),
    "update_product": _update_product,
    "delete_product": _delete_product,
    "list_orders": _list_orders,
    "get_order": getter("orders", "order"),
    "update_order": _update_order,
    "list_form_submissions": _list_form_submissions,
    "list_bookings": _list_bookings,
}

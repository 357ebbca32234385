"""The sandbox's state: every collection of the API, in memory, in insertion order.

Records are plain dicts shaped exactly as the API answers them (camelCase keys), so a
handler returns a record as it is. The business rules (upserts, merges, filters) live
with the handlers in `_people` and `_shop`; this module only holds the data, hands out
ids, and queues the webhook events that changes raise.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from typing import Any, Final

import attrs

from ._defaults import DEFAULT_DOMAIN
from ._errors import not_found

__all__ = ["Record", "Store", "found", "require"]

Record = dict[str, Any]

# The first id of each kind: distinct ranges make a contact id passed as an order id fail
# loudly (404) instead of finding some other record.
_FIRST_IDS: Final = {
    "contacts": 1001,
    "members": 501,
    "member_groups": 11,
    "products": 101,
    "categories": 1,
    "orders": 5001,
    "invoices": 1,
    "bookings": 201,
    "subscriber_lists": 87647751,
    "webhooks": 24488493954,
}


@attrs.define(repr=False, eq=False)
class Store:
    """Every collection of the sandbox. Tests may read (and carefully edit) them.

    Attributes:
        domain: The site's domain (in links, SSO URLs and webhook headers).
        clock: Seconds since the epoch for new records' timestamps.
        contacts: Records by id, as are `members`, `member_groups`, `products`,
            `categories`, `orders`, `bookings` and `subscriber_lists`.
        webhooks: Records by their `rh_...` id.
        form_submissions: Records in the order received (they have no id).
        events: (topic, payload) of the webhook events raised and not yet delivered.

    A resource the sandbox has no behaviour for (a tag added to openapi.yaml) keeps its
    records in a collection made on first use: `collection(name)`.
    """

    domain: str = DEFAULT_DOMAIN
    clock: Callable[[], float] = time.time
    contacts: dict[int, Record] = attrs.field(factory=dict)
    members: dict[int, Record] = attrs.field(factory=dict)
    member_groups: dict[int, Record] = attrs.field(factory=dict)
    products: dict[int, Record] = attrs.field(factory=dict)
    categories: dict[int, Record] = attrs.field(factory=dict)
    orders: dict[int, Record] = attrs.field(factory=dict)
    bookings: dict[int, Record] = attrs.field(factory=dict)
    subscriber_lists: dict[int, Record] = attrs.field(factory=dict)
    webhooks: dict[str, Record] = attrs.field(factory=dict)
    form_submissions: list[Record] = attrs.field(factory=list)
    events: list[tuple[str, Record]] = attrs.field(factory=list)
    _next_ids: dict[str, int] = attrs.field(factory=lambda: dict(_FIRST_IDS))
    _other_collections: dict[str, dict[Any, Record]] = attrs.field(factory=dict)

    def __repr__(self) -> str:
        return (
            f"<Store {self.domain} contacts={len(self.contacts)} members={len(self.members)} "
            f"products={len(self.products)} orders={len(self.orders)} "
            f"webhooks={len(self.webhooks)}>"
        )

    def now(self) -> int:
        """The current time, in whole seconds since the epoch."""
        return int(self.clock())

    def collection(self, name: str) -> dict[Any, Record]:
        """The records of the resource `name` (its `x-simvoly-resource`) by id: the
        attribute of that name, or else a collection made on first use."""
        own = getattr(self, name, None)
        if isinstance(own, dict) and not name.startswith("_"):
            return own
        return self._other_collections.setdefault(name, {})

    def new_id(self, kind: str) -> int:
        """The next id of `kind` (a collection name, or "invoices"); ids of a kind made
        on first use start at 1."""
        value = self._next_ids.get(kind, 1)
        self._next_ids[kind] = value + 1
        return value

    def emit(self, topic: str, record: Record) -> None:
        """Queue a webhook event; the payload is a snapshot of `record` as it is now."""
        self.events.append((topic, copy.deepcopy(record)))

    def take_events(self) -> list[tuple[str, Record]]:
        """The queued events, oldest first; the queue is left empty."""
        events, self.events = self.events, []
        return events


def require(records: dict[Any, Record], key: Any, what: str) -> Record:
    """The record with id `key`, or a 404 naming `what`."""
    return found(records.get(key), what)


def found(record: Record | None, what: str) -> Record:
    """`record`, or a 404 naming `what` when there is none."""
    if record is None:
        raise not_found(what)
    return record

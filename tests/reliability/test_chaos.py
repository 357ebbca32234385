"""Chaos: 1,000 mixed operations, 50 in flight, against a sandbox injecting 10 % faults,
on each transport the SDK ships (httpx's own and http_backend="aiohttp").

One `AsyncSimvoly` sends 1,000 calls, at most 50 at a time, to a seeded `Sandbox` served
by uvicorn on 127.0.0.1. About one request in ten is answered with a fault: a 503, a 500
or a 429, or a connection dropped before the request was processed ("refused") or after
("mid-response"); some requests are also slowed down. The calls mix plain POSTs (subscriber
lists, member groups), upsert POSTs (contacts), PUTs, DELETEs, GETs and list pages. This
backs the row of docs/reliability.md that says:

- every call ends: the whole run is bounded, and a call that hangs fails the test;
- every failure is a `simvoly.SimvolyError`: no httpx, h11 or asyncio exception escapes;
- the pool holds no connection after `aclose()`;
- the sandbox's state matches what the successful calls did. Each record is owned by one
  sequence of calls, run one after another (the sequences run concurrently), which
  tracks the states its record may be in: a successful call says what the state is, a
  failed one may or may not have been applied. A plain POST the SDK must not repeat was
  never applied twice (no name exists twice, and the sandbox processed no more creates
  than were made), and the records no sequence owns are unchanged.

Retries wait on the fake clock of tests/conftest.py; the sockets, the server's latency and
the timeouts are real.
"""

from __future__ import annotations

import asyncio
import copy
import logging
import random
import time
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from functools import partial
from typing import Any, Literal, ParamSpec, Protocol, TypeAlias, TypeVar

import aiohttp
import attrs
import httpx
import pytest

import simvoly
from simvoly import AsyncSimvoly
from simvoly._aiohttp import AiohttpTransport
from simvoly._pool import OwnPool
from simvoly.models import Contact, Order
from simvoly.testing import Fault, Sandbox, Store
from tests.conftest import FakeClock

P = ParamSpec("P")
T = TypeVar("T")

#: What a sequence tracks of its record (a name, a set of tags, a status); None: no record.
State: TypeAlias = str | frozenset[str] | None
#: A record as the SDK returned it -> its id and state.
View: TypeAlias = Callable[[Any], tuple[int, State]]

OPERATIONS = 1_000
IN_FLIGHT = 50
BOUND = 60.0  # seconds the whole run may take before it counts as a hang
LISTS, GROUPS, CONTACTS, ORDERS = 60, 40, 70, 40  # sequences of 4, 4, 4 and 3 calls
READS = OPERATIONS - 4 * (LISTS + GROUPS + CONTACTS) - 3 * ORDERS  # 1 call each: 200
FIRST_ORDER = 5001  # the seeded orders are 5001-5150; sequences own the first ORDERS
SEEDED_ORDERS, SEEDED_CONTACTS, SEEDED_PRODUCTS = 150, 300, 40
STATUSES = ("SHIPPED", "COMPLETED", "CANCELED", "PENDING", "ARCHIVED")
RENAMED = "-renamed"

logger = logging.getLogger(__name__)


def inject_faults(sandbox: Sandbox) -> list[Fault]:
    """About 10 % of requests faulted, of every kind; every 10th one 20 ms slower."""
    faults = sandbox.faults
    faults.latency(0.02, every=10)
    return [
        faults.status(503, every=40, times=None),
        faults.status(429, every=37, times=None, retry_after=1),
        faults.drop("mid-response", every=41, times=None),
        faults.drop("refused", every=53, times=None),
        faults.status(500, every=61, times=None),
    ]


# -- the log of calls, and what each owned record may be -----------------------------------


@attrs.define
class Call:
    """One call: what was called with what, and its result or exception once it ended."""

    name: str
    args: tuple[object, ...]
    kwargs: dict[str, object]
    outcome: object = None
    done: bool = False

    @property
    def error(self) -> BaseException | None:
        return self.outcome if isinstance(self.outcome, BaseException) else None


def becomes(state: State) -> Callable[[State], State]:
    """A change that sets the state, whatever it was."""
    return lambda _: state


@attrs.define
class Tracked:
    """A record one sequence owns: its id once known, and the states it may be in now."""

    key: str  # what identifies it in the store: a name, an email, an order id
    states: set[State] = attrs.field(factory=lambda: {None})
    id: int | None = None
    surprises: list[str] = attrs.field(factory=list)  # reads that contradicted the writes

    def read(self, outcome: object, view: View) -> None:
        """A read shows the state (a 404: there is no record); a failed read shows nothing."""
        if isinstance(outcome, simvoly.NotFoundError):
            self.saw(None)
        elif not isinstance(outcome, Exception):
            self.id, state = view(outcome)
            self.saw(state)

    def saw(self, state: State) -> None:
        """What a read showed must be a state the calls so far may have left."""
        if state not in self.states:
            self.surprises.append(f"read {state!r}, expected one of {self.states}")
        self.states = {state}

    def wrote(self, outcome: object, change: Callable[[State], State], view: View | None) -> None:
        """A successful write says the state (its answer, or `change` when it has none);
        a failed one may or may not have been applied."""
        if isinstance(outcome, Exception):
            self.states |= {change(state) for state in self.states}
        elif view is None:
            self.states = {change(state) for state in self.states}
        else:
            self.id, state = view(outcome)
            self.states = {state}


@attrs.define
class Chaos:
    """The run: one client, at most IN_FLIGHT calls at a time, and every call's outcome."""

    client: AsyncSimvoly
    slots: asyncio.Semaphore = attrs.field(factory=lambda: asyncio.Semaphore(IN_FLIGHT))
    calls: list[Call] = attrs.field(factory=list)
    owned: defaultdict[str, dict[str, Tracked]] = attrs.field(factory=lambda: defaultdict(dict))
    in_flight: int = 0
    peak: int = 0

    def track(self, collection: str, key: str, state: State = None) -> Tracked:
        assert key not in self.owned[collection], f"{collection} {key} has two owners"
        record = self.owned[collection][key] = Tracked(key, {state})
        return record

    async def call(
        self, fn: Callable[P, Awaitable[T]], *args: P.args, **kwargs: P.kwargs
    ) -> T | Exception:
        """Call `fn` in a free slot; its result, or the exception it raised."""
        call = Call(getattr(fn, "__qualname__", repr(fn)), args, kwargs)
        self.calls.append(call)
        async with self.slots:
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            try:
                outcome: T | Exception = await fn(*args, **kwargs)
            except Exception as error:  # noqa: BLE001 - recorded; the test checks its type
                outcome = error
            finally:
                self.in_flight -= 1
        call.outcome, call.done = outcome, True
        return outcome

    async def run(self, work: Sequence[Callable[[], Coroutine[Any, Any, None]]]) -> None:
        """Run every sequence concurrently; fail the test if any call is still going at BOUND."""
        try:
            async with asyncio.timeout(BOUND), asyncio.TaskGroup() as group:
                for sequence in work:
                    group.create_task(sequence())
        except TimeoutError:
            stuck = [call for call in self.calls if not call.done]
            pytest.fail(f"{len(stuck)} calls had not ended after {BOUND:g} s: {stuck[:5]}")


# -- the sequences -------------------------------------------------------------------------


class NamedRecord(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def name(self) -> object: ...


class NamedResource(Protocol):
    """What `client.subscriber_lists` and `client.member_groups` have in common."""

    async def create(self, name: str) -> NamedRecord: ...
    async def get(self, id: int) -> NamedRecord: ...
    async def update(self, id: int, name: str) -> NamedRecord: ...
    async def delete(self, id: int) -> None: ...
    async def list(self) -> Sequence[NamedRecord]: ...


def text(value: object) -> str:
    assert isinstance(value, str), f"expected a string, got {value!r}"
    return value


def named(record: NamedRecord) -> tuple[int, State]:
    return record.id, text(record.name)


def contact_view(contact: Contact) -> tuple[int, State]:
    assert isinstance(contact.tags, list), contact
    return contact.id, frozenset(contact.tags)


def order_view(order: Order) -> tuple[int, State]:
    return order.id, str(order.status)


def renamed_to(name: str) -> Callable[[State], State]:
    """Renaming a record: a record that does not exist stays so."""
    return lambda state: None if state is None else name


def with_tag(tag: str) -> Callable[[State], State]:
    """Upserting a contact with `tag`: created with it, or the tag merged into its tags."""

    def change(state: State) -> State:
        assert not isinstance(state, str)
        return frozenset({tag}) if state is None else state | {tag}

    return change


async def named_sequence(run: Chaos, collection: str, resource: NamedResource, index: int) -> None:
    """Create (a plain POST), read, rename, then delete or read again one named record."""
    name = f"chaos-{index:03d}"
    record = run.track(collection, name)
    record.wrote(await run.call(resource.create, name), becomes(name), named)
    for step in ("get", "rename", "delete" if index % 2 == 0 else "get"):
        if record.id is None:  # the create failed: was it applied anyway?
            found = await run.call(resource.list)
            if not isinstance(found, Exception):
                mine = [item for item in found if text(item.name).removesuffix(RENAMED) == name]
                if mine:
                    record.read(mine[0], named)
                else:
                    record.saw(None)
        elif step == "get":
            record.read(await run.call(resource.get, record.id), named)
        elif step == "rename":
            outcome = await run.call(resource.update, record.id, name + RENAMED)
            record.wrote(outcome, renamed_to(name + RENAMED), named)
        else:
            record.wrote(await run.call(resource.delete, record.id), becomes(None), None)


async def contact_sequence(run: Chaos, index: int) -> None:
    """Upsert one contact twice (an idempotent POST), then read it, then delete or read it."""
    contacts = run.client.contacts
    email = f"chaos-{index:03d}@chaos.example"
    record = run.track("contacts", email)
    for tag in (f"first-{index}", f"second-{index}"):
        outcome = await run.call(contacts.create, email, tags=[tag])
        record.wrote(outcome, with_tag(tag), contact_view)
    for step in ("get", "delete" if index % 2 == 0 else "get"):
        if record.id is None:
            record.read(await run.call(contacts.get_by_email, email), contact_view)
        elif step == "get":
            record.read(await run.call(contacts.get, record.id), contact_view)
        else:
            record.wrote(await run.call(contacts.delete, record.id), becomes(None), None)


async def order_sequence(run: Chaos, order_id: int, status: str, index: int) -> None:
    """Set the status of one seeded order three times (PUTs)."""
    record = run.track("orders", str(order_id), status)
    for step in range(3):
        new = STATUSES[(index + step) % len(STATUSES)]
        outcome = await run.call(run.client.orders.update, order_id, status=new)
        record.wrote(outcome, becomes(new.lower()), order_view)


async def read_call(run: Chaos, index: int) -> None:
    """One read of records no sequence owns: a page, a single record, a whole list."""
    client = run.client
    match index % 6:
        case 0:
            await run.call(client.contacts.list, limit=20, skip=index % SEEDED_CONTACTS)
        case 1:
            await run.call(client.orders.list, limit=25, skip=index % SEEDED_ORDERS)
        case 2:
            unowned = FIRST_ORDER + ORDERS + index % (SEEDED_ORDERS - ORDERS)
            await run.call(client.orders.get, unowned)
        case 3:
            await run.call(client.products.get, 101 + index % SEEDED_PRODUCTS)
        case 4:
            await run.call(client.contacts.get, 1001 + index % SEEDED_CONTACTS)
        case _:
            await run.call(client.subscriber_lists.list)


def plan(run: Chaos, store: Store) -> list[Callable[[], Coroutine[Any, Any, None]]]:
    """Every sequence, shuffled so that the kinds of calls interleave."""
    client = run.client
    orders = range(FIRST_ORDER, FIRST_ORDER + ORDERS)
    work: list[Callable[[], Coroutine[Any, Any, None]]] = [
        *(partial(named_sequence, run, "subscriber_lists", client.subscriber_lists, i)
          for i in range(LISTS)),
        *(partial(named_sequence, run, "member_groups", client.member_groups, i)
          for i in range(GROUPS)),
        *(partial(contact_sequence, run, i) for i in range(CONTACTS)),
        *(partial(order_sequence, run, order_id, store.orders[order_id]["status"], i)
          for i, order_id in enumerate(orders)),
        *(partial(read_call, run, i) for i in range(READS)),
    ]  # fmt: skip
    random.Random(42).shuffle(work)  # noqa: S311 - an order, not a secret
    return work


# -- the checks ----------------------------------------------------------------------------

Record = dict[str, Any]
#: A record in the store -> the key of the sequence that may own it, and its state.
STORE_VIEWS: dict[str, Callable[[Record], tuple[str, State]]] = {
    "subscriber_lists": lambda r: (r["name"].removesuffix(RENAMED), r["name"]),
    "member_groups": lambda r: (r["name"].removesuffix(RENAMED), r["name"]),
    "contacts": lambda r: (r["email"], frozenset(r["tags"])),
    "orders": lambda r: (str(r["id"]), r["status"]),
}


def snapshot(store: Store) -> dict[str, dict[int, Record]]:
    return {collection: copy.deepcopy(getattr(store, collection)) for collection in STORE_VIEWS}


def state_problems(
    store: Store, before: dict[str, dict[int, Record]], owned: dict[str, dict[str, Tracked]]
) -> list[str]:
    """Where the store differs from what the calls did (empty when it does not)."""
    problems = []
    for collection, view in STORE_VIEWS.items():
        mine, now = owned.get(collection, {}), getattr(store, collection)
        found: defaultdict[str, list[tuple[int, State]]] = defaultdict(list)
        for record_id in now.keys() | before[collection].keys():
            key, state = view(now.get(record_id) or before[collection][record_id])
            if key in mine and record_id in now:
                found[key].append((record_id, state))
            elif key not in mine and now.get(record_id) != before[collection].get(record_id):
                problems.append(f"{collection} {record_id}: changed, though no call owns it")
        for key, record in mine.items():
            problems.extend(f"{collection} {key}: {surprise}" for surprise in record.surprises)
            records = found[key]
            if len(records) > 1:
                problems.append(f"{collection} {key}: {len(records)} records, {records}")
            record_id, state = records[0] if records else (None, None)
            if state not in record.states:
                problems.append(f"{collection} {key}: {state!r}, not one of {record.states}")
            if None not in (record_id, record.id) and record_id != record.id:
                problems.append(f"{collection} {key}: id {record_id}, answered {record.id}")
    return problems


def open_connections(client: AsyncSimvoly) -> int:
    """The connections the client's own pool holds (idle or in use), on either transport."""
    pool = client._pool
    assert isinstance(pool, OwnPool)
    count = 0
    for http in pool.pools():
        transport = http._transport
        if isinstance(transport, httpx.AsyncHTTPTransport):
            count += len(transport._pool.connections)
        else:
            assert isinstance(transport, AiohttpTransport)
            session = transport._session
            if session is not None and not session.closed:
                connector = session.connector
                assert isinstance(connector, aiohttp.BaseConnector)
                count += sum(len(idle) for idle in connector._conns.values())
                count += sum(len(busy) for busy in connector._acquired_per_host.values())
    return count


def processed_creates(sandbox: Sandbox, path: str) -> int:
    """The plain POSTs to `path` the sandbox acted on (answered, or dropped after)."""
    return sum(
        request.method == "POST"
        and request.path == path
        and request.fault in (None, "drop mid-response")
        for request in sandbox.requests
    )


# -- the test ------------------------------------------------------------------------------


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_chaos(backend: Literal["httpx", "aiohttp"], fake_clock: FakeClock) -> None:
    sandbox = Sandbox(seed=42)
    faults = inject_faults(sandbox)
    before = snapshot(sandbox.store)
    async with sandbox.serve() as base_url:
        client = AsyncSimvoly(
            sandbox.api_key,
            base_url=base_url,
            user_agent="Chaos/1.0",
            timeout=10,  # a hung request fails its call long before BOUND
            http_backend=backend,
        )
        run = Chaos(client)
        started = time.monotonic()
        try:
            await run.run(plan(run, sandbox.store))
            elapsed = time.monotonic() - started
            idle = open_connections(client)
        finally:
            await client.aclose()

    calls, requests = run.calls, sandbox.requests
    errors = [call.error for call in calls if call.error is not None]
    faulted = sum(request.faulted for request in requests)
    failures = Counter(f"{call.name}: {type(call.error).__name__}" for call in calls if call.error)
    summary = (
        f"{len(calls)} calls in {elapsed:.1f} s (peak {run.peak} in flight), "
        f"{len(calls) - len(errors)} succeeded, failures {dict(failures)}; "
        f"{len(requests)} requests, {faulted} faulted ({faulted / len(requests):.1%}: "
        f"{', '.join(f'{fault} x{fault.fired}' for fault in faults)}), "
        f"{len(fake_clock.sleeps)} retries; {idle} connections idle before aclose()"
    )
    logger.info("chaos: %s", summary)

    # Every call ended, at most 50 at a time, and every failure is the SDK's own.
    assert len(calls) == OPERATIONS, summary
    assert all(call.done for call in calls), summary
    assert run.peak == IN_FLIGHT, summary
    strays = [
        call for call in calls if call.error and not isinstance(call.error, simvoly.SimvolyError)
    ]
    assert not strays, f"exceptions that are not a SimvolyError: {strays[:10]}"

    # The pool held connections for reuse, and holds none once closed.
    assert idle > 0, summary
    assert open_connections(client) == 0

    # The run was not vacuous: ~10 % of requests faulted, of every kind, and most calls
    # still succeeded, thanks to retries (each waited on the fake clock).
    assert 0.05 <= faulted / len(requests) <= 0.2, summary
    assert all(fault.fired for fault in faults), summary
    assert faulted == sum(fault.fired for fault in faults), summary
    assert len(errors) < 0.1 * OPERATIONS, summary
    assert len(fake_clock.sleeps) > faulted // 2, summary
    assert len(calls) < len(requests) <= len(calls) + len(fake_clock.sleeps), summary

    # The state is what the calls did; no plain POST was acted on twice.
    assert processed_creates(sandbox, "/subscriber-lists") <= LISTS, summary
    assert processed_creates(sandbox, "/member-groups") <= GROUPS, summary
    problems = state_problems(sandbox.store, before, run.owned)
    assert not problems, "\n".join(problems)

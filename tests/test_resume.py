"""Resumable walks against the sandbox, on both clients: a walk killed midway (an
exception after N items), its `checkpoint()` kept as JSON, and `list(..., resume=...)`
walking on while records are added and deleted before and after its place, one page
at a time and with pages fetched ahead. The rules themselves: test_checkpoint.py."""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import aclosing
from typing import Any, cast

import pytest

import simvoly
from simvoly import CheckpointError
from simvoly.testing import Sandbox

from .conftest import AnyClient, Flavor, resolve

Paginator = simvoly.AsyncPaginator[Any] | simvoly.SyncPaginator[Any]


class KilledError(Exception):
    """The walk's process dying midway."""


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    sandbox = Sandbox(seed=42)  # 300 contacts, in the order the API lists them
    yield sandbox
    await sandbox.aclose()


@pytest.fixture
def client(sandbox: Sandbox, flavor: Flavor) -> AnyClient:
    return sandbox.sync_client() if flavor.is_sync else sandbox.client()


async def walk(paginator: Paginator, kill_after: int | None = None, each: Any = None) -> list[Any]:
    """The items the walk hands out; it dies (raises) after `kill_after` of them.
    `each(count)` runs after every item (changing the records as the walk goes)."""
    got: list[Any] = []

    def take(item: Any) -> None:
        got.append(item)
        if each is not None:
            each(len(got))
        if len(got) == kill_after:
            raise KilledError

    try:
        if isinstance(paginator, simvoly.SyncPaginator):
            for item in paginator:
                take(item)
        else:
            async with aclosing(cast(AsyncGenerator[Any, None], aiter(paginator))) as items:
                async for item in items:
                    take(item)
    except KilledError:
        pass
    return got


def kept(checkpoint: dict[str, Any]) -> dict[str, Any]:
    """A checkpoint as a program keeps it: through JSON."""
    text = json.dumps(checkpoint)
    assert len(text) < 1200  # bounded, whatever the walk's length
    value: dict[str, Any] = json.loads(text)
    return value


def add_contact(sandbox: Sandbox, email: str, *, first: bool = False) -> int:
    """A new contact, listed last (as the sandbox lists new records) or `first` (as a
    list ordered newest first would)."""
    store = sandbox.store
    contact_id = store.new_id("contacts")
    store.contacts[contact_id] = {
        "id": contact_id,
        "email": email,
        "createdOn": store.now(),
        "properties": [],
        "tags": [],
        "memberId": 0,
        "subscribed": False,
        "subscriberLists": [],
    }
    if first:
        store.contacts = {contact_id: store.contacts.pop(contact_id), **store.contacts}
    return contact_id


def ids(items: list[Any]) -> list[int]:
    return [item.id for item in items]


@pytest.mark.parametrize("concurrency", [1, 3])
async def test_a_killed_walk_resumes_where_it_stopped(
    client: AnyClient, sandbox: Sandbox, concurrency: int
) -> None:
    everything = list(sandbox.store.contacts)
    paginator = client.contacts.list(limit=20, concurrency=concurrency)
    before = await walk(paginator, kill_after=73)
    checkpoint = kept(paginator.checkpoint())
    assert checkpoint["position"] == 73
    assert checkpoint["last"] == everything[53:73]
    assert checkpoint["total"] == 300
    sent = len(sandbox.requests)
    after = await walk(client.contacts.list(limit=20, concurrency=concurrency, resume=checkpoint))
    assert ids(before) + ids(after) == everything
    if concurrency == 1:  # (pages fetched ahead may be sent, and dropped, at the end)
        # Finding the place again took one page (nothing moved), then 12 from 73 on.
        assert len(sandbox.requests) - sent == 1 + 12


@pytest.mark.parametrize("concurrency", [1, 3])
async def test_records_added_after_the_place_are_walked_none_twice(
    client: AnyClient, sandbox: Sandbox, concurrency: int
) -> None:
    everything = list(sandbox.store.contacts)
    paginator = client.contacts.list(limit=20, concurrency=concurrency)
    before = await walk(paginator, kill_after=110)
    added = [add_contact(sandbox, f"late{n}@example.com") for n in range(30)]

    def add_more(count: int) -> None:  # and more while the walk goes on (not past its end)
        if count % 25 == 0 and count <= 150:
            added.append(add_contact(sandbox, f"later{count}@example.com"))

    resumed = client.contacts.list(limit=20, concurrency=concurrency, resume=paginator.checkpoint())
    after = await walk(resumed, each=add_more)
    assert ids(before) + ids(after) == everything + added


@pytest.mark.parametrize("concurrency", [1, 3])
async def test_records_added_before_the_place_move_it_and_it_is_found(
    client: AnyClient, sandbox: Sandbox, concurrency: int
) -> None:
    everything = list(sandbox.store.contacts)
    paginator = client.contacts.list(limit=20, concurrency=concurrency)
    before = await walk(paginator, kill_after=95)
    for n in range(70):  # a list newest first: 70 new records push the place 70 back
        add_contact(sandbox, f"new{n}@example.com", first=True)

    def add_more(count: int) -> None:  # and more while the walk goes on
        if count % 20 == 0:
            add_contact(sandbox, f"newer{count}@example.com", first=True)

    resumed = client.contacts.list(limit=20, concurrency=concurrency, resume=paginator.checkpoint())
    after = await walk(resumed, each=add_more)
    walked = ids(before) + ids(after)
    assert walked == everything  # none twice, none skipped; the new ones came before


@pytest.mark.parametrize("concurrency", [1, 3])
async def test_records_deleted_before_the_place_and_among_the_last_ones_walked(
    client: AnyClient, sandbox: Sandbox, concurrency: int
) -> None:
    everything = list(sandbox.store.contacts)
    paginator = client.contacts.list(limit=20, concurrency=concurrency)
    before = await walk(paginator, kill_after=150)
    gone = everything[10:40] + everything[140:148]  # the last 2 walked are kept
    for contact_id in gone:
        del sandbox.store.contacts[contact_id]
    resumed = client.contacts.list(limit=20, concurrency=concurrency, resume=paginator.checkpoint())
    after = await walk(resumed)
    assert ids(before) + ids(after) == everything
    assert ids(after) == everything[150:]


async def test_the_place_is_found_after_every_remembered_record_but_one_is_gone(
    client: AnyClient, sandbox: Sandbox
) -> None:
    everything = list(sandbox.store.contacts)
    paginator = client.contacts.list(limit=20)
    await walk(paginator, kill_after=60)
    for contact_id in everything[41:60]:  # 19 of the 20 remembered, the last 19
        del sandbox.store.contacts[contact_id]
    after = await walk(client.contacts.list(limit=20, resume=paginator.checkpoint()))
    assert ids(after) == everything[60:]


async def test_a_place_that_cannot_be_found_is_an_error_not_a_guess(
    client: AnyClient, sandbox: Sandbox
) -> None:
    everything = list(sandbox.store.contacts)
    paginator = client.contacts.list(limit=20)
    await walk(paginator, kill_after=60)
    for contact_id in everything[40:60]:  # every remembered record
        del sandbox.store.contacts[contact_id]
    resumed = client.contacts.list(limit=20, resume=paginator.checkpoint())
    with pytest.raises(CheckpointError, match="none of the last 20 items"):
        await walk(resumed)


async def test_a_date_filter_set_at_the_start_keeps_new_records_out(
    client: AnyClient, sandbox: Sandbox
) -> None:
    everything = list(sandbox.store.contacts)
    started = max(contact["createdOn"] for contact in sandbox.store.contacts.values())
    paginator = client.contacts.list(limit=20, created_at_max=started)
    before = await walk(paginator, kill_after=44)
    for n in range(40):  # created after the walk began: outside its filter
        add_contact(sandbox, f"new{n}@example.com", first=n % 2 == 0)
    sent = len(sandbox.requests)
    resumed = client.contacts.list(limit=20, created_at_max=started, resume=paginator.checkpoint())
    after = await walk(resumed)
    assert ids(before) + ids(after) == everything
    assert len(sandbox.requests) - sent == 1 + 13  # nothing moved: one page to find it


async def test_a_checkpoint_from_one_client_resumes_on_the_other(sandbox: Sandbox) -> None:
    everything = list(sandbox.store.contacts)
    async_client = sandbox.client()
    paginator = async_client.contacts.list(limit=25, concurrency=2)
    before = await walk(paginator, kill_after=33)
    with sandbox.sync_client() as sync_client:
        after = list(sync_client.contacts.list(resume=kept(paginator.checkpoint())))
    assert ids(before) + ids(after) == everything


async def test_pages_and_first_page_resume_too(client: AnyClient, sandbox: Sandbox) -> None:
    everything = list(sandbox.store.contacts)
    paginator = client.contacts.list(limit=20)
    if isinstance(paginator, simvoly.SyncPaginator):
        pages = iter(paginator.pages())
        next(pages)
        next(pages)
    else:
        async with aclosing(cast(AsyncGenerator[Any, None], paginator.pages())) as async_pages:
            await anext(async_pages)
            await anext(async_pages)
    checkpoint = paginator.checkpoint()
    assert checkpoint["position"] == 40  # a page handed out counts whole
    page = await resolve(client.contacts.list(limit=20, resume=checkpoint).first_page())
    assert (page.skip, ids(page.items)) == (40, everything[40:60])
    raw = await resolve(client.contacts.with_raw_response.list(limit=20, resume=checkpoint))
    assert ids(raw.parse().items) == everything[40:60]


async def test_checkpoints_before_during_and_after_a_walk(
    client: AnyClient, sandbox: Sandbox
) -> None:
    everything = list(sandbox.store.contacts)
    paginator = client.contacts.list(limit=50, skip=10, max_items=15)
    assert paginator.checkpoint()["position"] == 10  # no walk yet: where one would start
    assert paginator.checkpoint()["last"] == []
    assert ids(await walk(paginator)) == everything[10:25]
    done = paginator.checkpoint()
    assert (done["position"], done["last"][-1]) == (25, everything[24])
    resumed = client.contacts.list(limit=50, resume=done)
    assert resumed.checkpoint() == done  # before it walks: the place it resumes
    assert ids(await walk(resumed)) == everything[25:]
    finished = resumed.checkpoint()
    assert finished["position"] == 300
    assert await walk(client.contacts.list(resume=finished)) == []  # nothing left
    # A walk that handed nothing out resumes from its start, without searching.
    fresh = client.contacts.list(skip=280)
    after = await walk(client.contacts.list(resume=fresh.checkpoint()))
    assert ids(after) == everything[280:]


async def test_items_without_an_id_are_found_by_their_content(
    client: AnyClient, sandbox: Sandbox
) -> None:
    everything = list(sandbox.store.form_submissions)
    paginator = client.form_submissions.list(limit=20, concurrency=2)
    before = await walk(paginator, kill_after=47)
    assert all(key.startswith("~") for key in paginator.checkpoint()["last"])
    sandbox.store.form_submissions[:0] = [dict(everything[0], name=f"new {n}") for n in range(5)]
    after = await walk(client.form_submissions.list(limit=20, resume=paginator.checkpoint()))
    walked = [item.to_dict() for item in before + after]
    assert walked == everything


async def test_a_checkpoint_of_another_list_or_other_filters_is_refused(
    client: AnyClient, sandbox: Sandbox
) -> None:
    paginator = client.contacts.list(created_at_min=5)
    await walk(paginator, kill_after=3)
    checkpoint = paginator.checkpoint()
    with pytest.raises(CheckpointError, match="of 'list_contacts', not of 'list_orders'"):
        client.orders.list(resume=checkpoint)
    with pytest.raises(CheckpointError, match="other filters"):
        client.contacts.list(resume=checkpoint)
    with pytest.raises(CheckpointError, match="other filters"):
        client.contacts.list(created_at_min=5, extra_query={"q": "x"}, resume=checkpoint)
    with pytest.raises(CheckpointError, match="skip or resume"):
        client.contacts.list(created_at_min=5, skip=3, resume=checkpoint)
    sent = len(sandbox.requests)
    client.contacts.list(created_at_min=5, limit=7, resume=checkpoint)  # another page size: fine
    assert len(sandbox.requests) == sent  # nothing sent by any of these

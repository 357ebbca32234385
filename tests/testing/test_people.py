"""Contacts, members, member groups, subscriber lists and webhooks: the sandbox's rules."""

from __future__ import annotations

import functools
import re
from collections.abc import AsyncIterator

import httpx
import pytest

import simvoly
from simvoly import AsyncSimvoly
from simvoly.models import Address, ContactProperty
from simvoly.testing import Sandbox

from .conftest import known


@pytest.fixture
async def client(sandbox: Sandbox) -> AsyncIterator[AsyncSimvoly]:
    async with sandbox.client(user_agent="PeopleTests/1.0", max_retries=0) as client:
        yield client
    await sandbox.aclose()


# -- contacts ------------------------------------------------------------------------------


async def test_contact_create_is_create_or_update_by_email(
    sandbox: Sandbox, client: AsyncSimvoly
) -> None:
    first = await client.contacts.create(
        "Jane@Example.com",
        name="Jane",
        tags=["vip", "lead"],
        properties=[ContactProperty(name="lead_status", value="new")],
        subscriber_lists=[3, 3, 4],
    )
    again = await client.contacts.create(
        "jane@example.com",
        phone="+359 888",
        tags=["lead", "customer"],
        properties=[
            ContactProperty(name="lead_status", value="won"),
            ContactProperty(name="source", value="fair"),
        ],
        subscribed=True,
    )
    assert again.id == first.id
    assert len(sandbox.store.contacts) == 1
    assert again.email == "Jane@Example.com"  # the stored email is kept
    assert (again.name, again.phone) == ("Jane", "+359 888")  # only supplied fields change
    assert again.tags == ["vip", "lead", "customer"]  # merged, in order, no duplicates
    assert [(p.name, p.value) for p in known(again.properties)] == [
        ("lead_status", "won"),
        ("source", "fair"),
    ]
    assert again.subscriber_lists == [3, 4]
    assert again.subscribed is True
    assert again.member_id == 0
    assert (await client.contacts.get(known(first.id))).tags == again.tags


async def test_contact_create_sets_supplied_empty_fields(client: AsyncSimvoly) -> None:
    await client.contacts.create("a@example.com", name="Ann", note="call back")
    contact = await client.contacts.create("a@example.com", note="")
    assert (contact.name, contact.note) == ("Ann", None)  # empty: null, as real servers send


async def test_empty_contact_text_fields_are_null_as_on_real_servers(
    api: httpx.AsyncClient,
) -> None:
    answer = (await api.post("/contacts", json={"email": "a@example.com", "name": ""})).json()
    nullable = ("phone", "note", "address", "city", "state", "zip", "country", "companyName")
    assert {name: answer[name] for name in nullable} == dict.fromkeys(nullable)
    assert answer["name"] == ""  # the spec does not make the name nullable


async def test_contact_update_sets_only_non_empty_fields(
    sandbox: Sandbox, client: AsyncSimvoly
) -> None:
    contact = await client.contacts.create("a@example.com", name="Ann", city="Sofia", tags=["x"])
    updated = await client.contacts.update(
        known(contact.id), "ann@example.com", name="", city="Varna", tags=["y"]
    )
    assert (updated.email, updated.name, updated.city) == ("ann@example.com", "Ann", "Varna")
    assert updated.tags == ["x", "y"]
    with pytest.raises(simvoly.NotFoundError):
        await client.contacts.get_by_email("a@example.com")
    assert (await client.contacts.get_by_email("ANN@example.com")).id == contact.id
    assert sandbox.requests[-1].query == {"email": "ANN@example.com"}


async def test_contact_update_refuses_another_contacts_email(client: AsyncSimvoly) -> None:
    ann = await client.contacts.create("ann@example.com")
    await client.contacts.create("bob@example.com")
    with pytest.raises(simvoly.BadRequestError, match="another contact has that email"):
        await client.contacts.update(known(ann.id), "BOB@example.com")
    with pytest.raises(simvoly.NotFoundError, match="contact not found"):
        await client.contacts.update(999, "x@example.com")


async def test_contact_delete(
    sandbox: Sandbox, client: AsyncSimvoly, api: httpx.AsyncClient
) -> None:
    contact = await client.contacts.create("a@example.com")
    response = await api.delete(f"/contacts/{contact.id}")
    assert (response.status_code, response.json()) == (200, {"success": True})
    assert sandbox.store.contacts == {}
    with pytest.raises(simvoly.NotFoundError):
        await client.contacts.delete(known(contact.id))


async def test_contact_search_by_email(api: httpx.AsyncClient) -> None:
    assert (
        await api.get("/contacts/search-by-email", params={"email": "x@y.z"})
    ).status_code == 404
    response = await api.get("/contacts/search-by-email", params={"email": ""})
    assert response.status_code == 400
    assert response.json()["message"] == "the query parameter email is required"


async def test_contacts_filter_by_creation_time(sandbox: Sandbox, client: AsyncSimvoly) -> None:
    for second, email in ((100.0, "a@x.com"), (200.0, "b@x.com"), (300.0, "c@x.com")):
        sandbox.store.clock = functools.partial(float, second)
        await client.contacts.create(email)

    async def emails(low: int | None = None, high: int | None = None) -> list[str]:
        listed = client.contacts.list(created_at_min=low, created_at_max=high)
        return [known(c.email) async for c in listed]

    assert await emails(low=200) == ["b@x.com", "c@x.com"]
    assert await emails(high=200) == ["a@x.com", "b@x.com"]
    assert await emails(low=150, high=250) == ["b@x.com"]


# -- members and groups --------------------------------------------------------------------


async def test_member_create_links_the_contact(sandbox: Sandbox, client: AsyncSimvoly) -> None:
    group = await client.member_groups.create("Premium", link="/premium")
    existing = await client.contacts.create("old@example.com")
    member = await client.members.create(
        "Old Friend",
        "old@example.com",
        password="s3cret!",
        groups=[known(group.id), known(group.id)],
        billing_address=Address(city="Sofia", country="Bulgaria"),
    )
    assert member.contact_id == existing.id
    assert (await client.contacts.get(known(existing.id))).member_id == known(member.id)
    assert member.groups == [group.id]
    assert member.approved is True
    assert (known(member.billing_address).city, known(member.billing_address).zip_code) == (
        "Sofia",
        "",
    )
    assert "s3cret!" not in str(sandbox.store.members)  # the password is never kept
    fresh = await client.members.create("New", "new@example.com", approved=False)
    contact = await client.contacts.get(known(fresh.contact_id))
    assert (contact.email, contact.name, contact.member_id) == ("new@example.com", "New", fresh.id)


async def test_member_rules(client: AsyncSimvoly) -> None:
    await client.members.create("Ann", "ann@example.com")
    with pytest.raises(simvoly.BadRequestError, match="already exists"):
        await client.members.create("Ann again", "ANN@example.com")
    with pytest.raises(simvoly.BadRequestError, match="member group 77 does not exist"):
        await client.members.create("Bob", "bob@example.com", groups=[77])


@pytest.mark.parametrize("name", ["groupId", "group_id"])
async def test_the_member_filter_is_honoured_under_either_name(
    name: str, client: AsyncSimvoly, api: httpx.AsyncClient
) -> None:
    premium = await client.member_groups.create("Premium")
    await client.members.create("Ann", "ann@example.com", groups=[known(premium.id)])
    await client.members.create("Bob", "bob@example.com")
    answer = (await api.get("/members", params={name: premium.id})).json()
    assert [member["name"] for member in answer["items"]] == ["Ann"]
    # The SDK sends both names; either one alone would do here.
    page = await client.members.list(group_id=known(premium.id))
    assert [member.name for member in page.items] == ["Ann"]


async def test_member_update_and_delete(sandbox: Sandbox, client: AsyncSimvoly) -> None:
    basic = await client.member_groups.create("Basic")
    member = await client.members.create(
        "Ann", "ann@example.com", groups=[known(basic.id)], shipping_address=Address(city="Sofia")
    )
    updated = await client.members.update(
        known(member.id),
        "Ann B",
        "ann.b@example.com",
        groups=[],
        approved=False,
        shipping_address=Address(city="", country="Bulgaria"),
    )
    assert (updated.name, updated.email, updated.groups, updated.approved) == (
        "Ann B",
        "ann.b@example.com",
        [],
        False,
    )
    assert (known(updated.shipping_address).city, known(updated.shipping_address).country) == (
        "Sofia",
        "Bulgaria",
    )
    kept = await client.members.update(known(member.id), "Ann B", "ann.b@example.com")
    assert (kept.groups, kept.approved) == ([], False)
    await client.members.create("Bob", "bob@example.com")
    with pytest.raises(simvoly.BadRequestError, match="already exists"):
        await client.members.update(known(member.id), "Ann", "bob@example.com")
    await client.members.delete(known(member.id))
    assert sandbox.store.contacts[known(member.contact_id)]["memberId"] == 0
    with pytest.raises(simvoly.NotFoundError, match="member not found"):
        await client.members.get(known(member.id))
    sandbox.store.contacts.clear()
    bob = await client.members.get_by_email("bob@example.com")
    await client.members.delete(known(bob.id))  # its contact is gone already: nothing to unlink


async def test_members_by_email_and_group(client: AsyncSimvoly) -> None:
    staff = await client.member_groups.create("Staff")
    ann = await client.members.create("Ann", "ann@example.com", groups=[known(staff.id)])
    await client.members.create("Bob", "bob@example.com")
    assert (await client.members.get_by_email("ANN@example.com")).id == ann.id
    with pytest.raises(simvoly.NotFoundError):
        await client.members.get_by_email("nobody@example.com")
    assert [m.name async for m in client.members.list(group_id=known(staff.id))] == ["Ann"]
    assert [m.name async for m in client.members.list()] == ["Ann", "Bob"]


async def test_single_sign_on(sandbox: Sandbox, client: AsyncSimvoly) -> None:
    sandbox.store.clock = lambda: 1_700_000_000.0
    await client.members.create("Ann", "ann@example.com")
    session = await client.members.start_session("ann@example.com", path="/members only")
    assert (session.created_at, session.expires_at) == (1_700_000_000, 1_700_000_900)
    assert re.fullmatch(r"[\w-]+\.[\w-]+\.[\w-]+", known(session.token))
    assert session.access_url == (
        f"https://mysite.simvoly.com/sso?token={session.token}&path=%2Fmembers+only"
    )
    plain = await client.members.start_session("ann@example.com")
    assert known(plain.access_url).endswith(known(plain.token))
    with pytest.raises(simvoly.NotFoundError):
        await client.members.start_session("nobody@example.com")


async def test_member_groups(client: AsyncSimvoly, api: httpx.AsyncClient) -> None:
    group = await client.member_groups.create("Basic")
    assert (group.name, group.link) == ("Basic", "")
    member = await client.members.create("Ann", "ann@example.com", groups=[known(group.id)])
    renamed = await client.member_groups.update(known(group.id), "Basic members", link="/basic")
    assert (renamed.name, renamed.link) == ("Basic members", "/basic")
    kept = await client.member_groups.update(known(group.id), "Basic")
    assert kept.link == "/basic"
    assert [g.name for g in await client.member_groups.list()] == ["Basic"]
    assert (await client.member_groups.get(known(group.id))).name == "Basic"
    await client.member_groups.delete(known(group.id))
    assert (await client.members.get(known(member.id))).groups == []
    with pytest.raises(simvoly.NotFoundError, match="member group not found"):
        await client.member_groups.delete(known(group.id))
    response = await api.post("/member-groups", json={"name": " "})  # the SDK would refuse it
    assert (response.status_code, response.json()["message"]) == (400, "name must not be empty")


# -- subscriber lists and webhooks ---------------------------------------------------------


async def test_subscriber_lists_count_their_contacts(client: AsyncSimvoly) -> None:
    news = await client.subscriber_lists.create("News")
    assert (news.name, news.subscribers, news.opens, news.clicks) == ("News", 0, 0.0, 0.0)
    await client.contacts.create("a@example.com", subscriber_lists=[known(news.id)])
    await client.contacts.create("b@example.com", subscriber_lists=[known(news.id), 5])
    assert (await client.subscriber_lists.get(known(news.id))).subscribers == 2
    renamed = await client.subscriber_lists.update(known(news.id), "Newsletter")
    assert (renamed.name, renamed.subscribers) == ("Newsletter", 2)
    assert [lst.subscribers for lst in await client.subscriber_lists.list()] == [2]
    await client.subscriber_lists.delete(known(news.id))
    assert (await client.contacts.get_by_email("b@example.com")).subscriber_lists == [5]
    with pytest.raises(simvoly.NotFoundError, match="subscriber list not found"):
        await client.subscriber_lists.get(known(news.id))


async def test_webhooks(sandbox: Sandbox, client: AsyncSimvoly) -> None:
    hook = await client.webhooks.create(
        "https://example.com/hook", ["order_created", "order_created", "contact_updated"]
    )
    assert re.fullmatch(r"rh_\d+", known(hook.id))
    assert [str(event) for event in known(hook.events)] == ["order_created", "contact_updated"]
    assert "secret" not in sandbox.store.webhooks[known(hook.id)]  # unsigned deliveries
    assert hook.secret is simvoly.UNSET
    second = await client.webhooks.create("http://localhost:9/x", ["order_updated"], secret="s")
    assert int(known(second.id)[3:]) == int(known(hook.id)[3:]) + 1
    assert [w.id for w in await client.webhooks.list()] == [hook.id, second.id]
    await client.webhooks.delete(known(hook.id))
    assert [w.id for w in await client.webhooks.list()] == [second.id]
    with pytest.raises(simvoly.NotFoundError, match="webhook not found"):
        await client.webhooks.delete(known(hook.id))


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"events": ["order_created"]}, "target is required"),
        ({"target": "https://x.com"}, "events is required"),
        ({"target": "https://x.com", "events": ["order_shipped"]}, "events[0] must be one of"),
        ({"target": "ftp://x.com", "events": ["order_created"]}, "absolute http(s) URL"),
        ({"target": "/relative", "events": ["order_created"]}, "absolute http(s) URL"),
        ({"target": "https://x.com:port/", "events": ["order_created"]}, "absolute http(s) URL"),
        ({"target": "https://x.com/a b", "events": ["order_created"]}, "absolute http(s) URL"),
        ({"target": "https://x.com", "events": ["order_created"], "secret": 1}, "secret must be"),
    ],
)
async def test_webhook_bodies_are_checked(
    api: httpx.AsyncClient, body: dict[str, object], words: str
) -> None:
    response = await api.post("/webhooks", json=body)
    assert response.status_code == 400
    assert words in response.json()["message"]


async def test_deleting_links_and_groups_leaves_the_rest(
    sandbox: Sandbox, client: AsyncSimvoly
) -> None:
    staff = await client.member_groups.create("Staff")
    ann = await client.members.create("Ann", "ann@example.com", groups=[known(staff.id)])
    bob = await client.members.create("Bob", "bob@example.com")
    await client.contacts.delete(known(ann.contact_id))
    assert (await client.members.get(known(ann.id))).contact_id == 0
    await client.member_groups.delete(known(staff.id))
    assert [(await client.members.get(known(m.id))).groups for m in (ann, bob)] == [[], []]

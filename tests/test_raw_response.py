"""`client.<resource>.with_raw_response.<method>(...)`, on both clients: the HTTP answer
(status, headers, request, retries, elapsed time) with the result one `parse()` away."""

from __future__ import annotations

import datetime
import threading
from typing import assert_type

import httpx
import pytest

import simvoly
from simvoly import AsyncSimvoly, Simvoly
from simvoly.models import Contact
from simvoly.testing import Sandbox

from .conftest import Flavor, error_response, json_response, resolve

CONTACT = {"id": 7, "email": "jane@example.com", "name": "Jane"}


def page_of(request: httpx.Request) -> httpx.Response:
    skip, limit = int(request.url.params["skip"]), int(request.url.params["limit"])
    items = [{"id": i} for i in range(skip + 1, min(skip + limit, 30) + 1)]
    return json_response({"items": items, "totalCount": 30, "limit": limit, "skip": skip})


async def test_a_raw_answer_shows_the_http_exchange_and_parses_to_the_model(
    flavor: Flavor,
) -> None:
    answers = iter([error_response(503, "busy")])

    def handler(request: httpx.Request) -> httpx.Response:
        answer = next(answers, None)
        if answer is not None:
            return answer
        return httpx.Response(200, json=CONTACT, headers={"X-RateLimit-Remaining": "41"})

    client, recorder = flavor.make_client(handler)
    raw = await resolve(client.contacts.with_raw_response.get(7, extra_headers={"X-Trace": "1"}))
    assert isinstance(raw, simvoly.RawResponse)
    assert raw.status_code == 200
    assert raw.headers["x-ratelimit-remaining"] == "41"
    assert raw.http_request is recorder.requests[-1]
    assert (raw.http_request.method, raw.http_request.url.path) == ("GET", "/api/site/contacts/7")
    assert raw.http_request.headers["x-trace"] == "1"
    assert raw.retries_taken == 1  # after the 503
    assert isinstance(raw.elapsed, datetime.timedelta)
    assert raw.http_response.json() == CONTACT
    contact = raw.parse()
    plain = await resolve(client.contacts.get(7))
    assert isinstance(contact, Contact)
    assert contact == plain  # the model the plain call returns
    assert "parse" not in repr(raw)


async def test_a_delete_has_a_raw_answer_too(flavor: Flavor) -> None:
    client, _ = flavor.make_client(lambda _: httpx.Response(204))
    raw = await resolve(client.contacts.with_raw_response.delete(7))
    assert raw.status_code == 204
    assert raw.http_request.method == "DELETE"
    assert raw.parse() is None


async def test_a_lists_raw_answer_is_its_first_pages(flavor: Flavor) -> None:
    client, recorder = flavor.make_client(page_of)
    raw = await resolve(client.contacts.with_raw_response.list(limit=10, skip=5))
    assert len(recorder.requests) == 1
    assert dict(raw.http_request.url.params) == {"limit": "10", "skip": "5"}
    page = raw.parse()
    assert isinstance(page, simvoly.SyncPage if flavor.is_sync else simvoly.Page)
    assert ([c.id for c in page.items], page.skip, page.limit) == (list(range(6, 16)), 5, 10)
    following = await resolve(page.next_page())  # a page of the list, like any other
    assert [c.id for c in following.items] == list(range(16, 26))


async def test_raw_lists_take_the_lists_arguments(flavor: Flavor) -> None:
    client, recorder = flavor.make_client(page_of)
    with pytest.raises(ValueError, match="limit must be an integer from 1 to 50"):
        await resolve(client.contacts.with_raw_response.list(limit=500))
    assert recorder.requests == []


@pytest.mark.parametrize("kind", ["get", "list", "delete"])
async def test_an_error_answer_still_raises(kind: str, flavor: Flavor) -> None:
    answers = iter([error_response(404, "no such contact")])
    client, _ = flavor.make_client(lambda _: next(answers, None) or json_response(CONTACT))
    raw = client.contacts.with_raw_response

    async def call() -> object:
        if kind == "get":
            return await resolve(raw.get(7))
        if kind == "list":
            return await resolve(raw.list())
        return await resolve(raw.delete(7))

    with pytest.raises(simvoly.NotFoundError, match="no such contact") as caught:
        await call()
    assert caught.value.status_code == 404
    # The next plain call answers a model again: raw mode ended with the failed call.
    assert isinstance(await resolve(client.contacts.get(7)), Contact)


async def test_an_answer_that_breaks_the_spec_raises_on_parse(flavor: Flavor) -> None:
    client, _ = flavor.make_client(lambda _: json_response({"id": "seven", "properties": 3}))
    raw = await resolve(client.contacts.with_raw_response.get(7))
    assert raw.status_code == 200  # the headers and body are there to look at
    with pytest.raises(simvoly.APIResponseValidationError, match="Contact"):
        raw.parse()


async def test_raw_mode_ends_with_the_call(flavor: Flavor) -> None:
    client, _ = flavor.make_client(lambda _: json_response(CONTACT))
    assert isinstance(await resolve(client.contacts.with_raw_response.get(7)), simvoly.RawResponse)
    assert isinstance(await resolve(client.contacts.get(7)), Contact)
    assert client.contacts.with_raw_response is client.contacts.with_raw_response


def test_another_threads_calls_stay_plain_during_a_raw_call() -> None:
    plain: list[object] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/7"):  # during the raw call, another thread calls
            worker = threading.Thread(target=lambda: plain.append(client.contacts.get(8)))
            worker.start()
            worker.join()
        return json_response(CONTACT)

    client, _ = Flavor("sync").make_client(handler)
    assert isinstance(client, Simvoly)
    raw = client.contacts.with_raw_response.get(7)
    assert isinstance(raw, simvoly.RawResponse)
    assert [type(result) for result in plain] == [Contact]


async def test_a_call_made_while_a_raw_call_is_sent_stays_plain(flavor: Flavor) -> None:
    # A transport (or an event hook, or an app of the sandbox in-process) runs in the raw
    # call's own context: the call it makes answers its model.
    nested: list[object] = []
    other, _ = flavor.make_client(lambda _: json_response(CONTACT))

    async def handler(request: httpx.Request) -> httpx.Response:
        nested.append(await resolve(other.contacts.get(8)))
        return json_response(CONTACT)

    def sync_handler(request: httpx.Request) -> httpx.Response:
        assert isinstance(other, Simvoly)
        nested.append(other.contacts.get(8))
        return json_response(CONTACT)

    client, _ = flavor.make_client(sync_handler if flavor.is_sync else handler)  # type: ignore[arg-type]  # MockTransport takes async handlers too
    raw = await resolve(client.contacts.with_raw_response.get(7))
    assert isinstance(raw, simvoly.RawResponse)
    assert [type(result) for result in nested] == [Contact]


async def test_raw_answers_from_the_sandbox_have_every_field() -> None:
    sandbox = Sandbox(seed=3)
    async with sandbox.client() as client:
        raw = await client.contacts.with_raw_response.list(limit=2)
    assert raw.status_code == 200
    assert raw.elapsed >= datetime.timedelta(0)
    assert len(raw.parse().items) == 2
    await sandbox.aclose()


# -- the types mypy --strict sees ------------------------------------------------------------


async def test_the_async_raw_types() -> None:
    client, _ = Flavor("async").make_client(lambda _: json_response(CONTACT))
    assert isinstance(client, AsyncSimvoly)
    raw = await client.contacts.with_raw_response.get(7)
    assert_type(raw, simvoly.RawResponse[Contact])
    contact: Contact = raw.parse()
    status: int = raw.status_code
    headers: httpx.Headers = raw.headers
    request: httpx.Request = raw.http_request
    elapsed: datetime.timedelta = raw.elapsed
    retries: int = raw.retries_taken
    assert (contact.id, status, request.method, retries) == (7, 200, "GET", 0)
    assert headers["content-type"] == "application/json"
    assert elapsed >= datetime.timedelta(0)
    deleted = await client.contacts.with_raw_response.delete(7)
    assert_type(deleted, simvoly.RawResponse[None])


async def test_the_async_raw_list_types() -> None:
    client, _ = Flavor("async").make_client(page_of)
    assert isinstance(client, AsyncSimvoly)
    raw = await client.contacts.with_raw_response.list()
    assert_type(raw, simvoly.RawResponse[simvoly.Page[Contact]])
    page: simvoly.Page[Contact] = raw.parse()
    assert len(page.items) == 30


def test_the_sync_raw_types() -> None:
    client, _ = Flavor("sync").make_client(lambda _: json_response(CONTACT))
    assert isinstance(client, Simvoly)
    raw = client.contacts.with_raw_response.get(7)
    assert_type(raw, simvoly.RawResponse[Contact])
    contact: Contact = raw.parse()
    assert contact.id == 7
    deleted = client.contacts.with_raw_response.delete(7)
    assert_type(deleted, simvoly.RawResponse[None])
    client, _ = Flavor("sync").make_client(page_of)
    assert isinstance(client, Simvoly)
    listed = client.contacts.with_raw_response.list()
    assert_type(listed, simvoly.RawResponse[simvoly.SyncPage[Contact]])
    page: simvoly.SyncPage[Contact] = listed.parse()
    assert len(page.items) == 30

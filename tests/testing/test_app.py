"""The sandbox's HTTP behaviour: authentication, routing, pagination, bodies, errors."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

from simvoly.testing import API_ROOT, Sandbox
from simvoly.testing._app import Message

from .conftest import HEADERS, KEY

ERROR_KEYS = {"success", "message"}


def assert_error(response: httpx.Response, status: int, words: str = "") -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == ERROR_KEYS
    assert body["success"] is False
    assert words in body["message"]


@pytest.mark.parametrize(
    ("authorization", "why"),
    [
        (None, "send the header Authorization: Bearer <API key>"),
        ("", "send the header Authorization: Bearer <API key>"),
        ("Bearer", "the Authorization header must be `Bearer <API key>`"),
        ("Bearer  ", "the Authorization header must be `Bearer <API key>`"),
        (f"Basic {KEY}", "the Authorization header must be `Bearer <API key>`"),
        (KEY, "the Authorization header must be `Bearer <API key>`"),
        ("Bearer wrong-key", "the API key was refused"),
        (f"Bearer {KEY}x", "the API key was refused"),
    ],
)
async def test_a_missing_or_wrong_key_is_401_saying_which(
    api: httpx.AsyncClient, authorization: str | None, why: str
) -> None:
    headers = {"User-Agent": "Tests/1.0"}
    if authorization is not None:
        headers["Authorization"] = authorization
    api.headers.pop("Authorization")
    response = await api.get("/contacts", headers=headers)
    assert_error(response, 401, f"Unauthorized: {why}")
    assert KEY not in response.text


async def test_the_bearer_scheme_is_case_insensitive(api: httpx.AsyncClient) -> None:
    response = await api.get("/member-groups", headers={"Authorization": f"bearer {KEY}"})
    assert response.status_code == 200
    assert response.json() == []


@pytest.mark.parametrize("agent", ["", "   "])
async def test_a_missing_user_agent_is_400(api: httpx.AsyncClient, agent: str) -> None:
    response = await api.get("/contacts", headers={"User-Agent": agent})
    assert_error(response, 400, "User-Agent")


async def test_without_any_user_agent_header_is_400(sandbox: Sandbox) -> None:
    request = httpx.Request(
        "GET", f"http://localhost{API_ROOT}/contacts", headers={"Authorization": f"Bearer {KEY}"}
    )
    assert "User-Agent" not in request.headers  # a bare Request has none
    response = await sandbox.transport().handle_async_request(request)
    await response.aread()
    assert_error(response, 400, "User-Agent")


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/nothing"), ("GET", "/contacts/1/extra"), ("GET", "/contacts/"), ("POST", "//")],
)
async def test_unknown_routes_are_404(api: httpx.AsyncClient, method: str, path: str) -> None:
    response = await api.request(method, path)
    assert_error(response, 404, "no such endpoint")


async def test_paths_outside_the_api_root_are_404(api: httpx.AsyncClient) -> None:
    response = await api.get("http://localhost/contacts")
    assert_error(response, 404, API_ROOT)
    assert (await api.get(f"http://localhost{API_ROOT}")).status_code == 404


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("PATCH", "/contacts/1", "DELETE, GET, PUT"),
        ("DELETE", "/contacts", "GET, POST"),
        ("GET", "/members/start-session", "POST"),
        ("PUT", "/products/categories", "GET"),
        ("GET", "/webhooks/rh_1", "DELETE"),
    ],
)
async def test_wrong_methods_are_405_with_allow(
    api: httpx.AsyncClient, method: str, path: str, allowed: str
) -> None:
    response = await api.request(method, path)
    assert_error(response, 405, f"use {allowed}")
    assert response.headers["allow"] == allowed


async def test_literal_segments_win_over_ids(api: httpx.AsyncClient) -> None:
    assert_error(await api.get("/contacts/search-by-email"), 400, "email is required")
    assert (await api.get("/products/categories")).json() == []


@pytest.mark.parametrize("bad", ["abc", "1.5", "0x10", "9223372036854775808", " 1"])
async def test_integer_ids_that_are_not_integers_are_400(api: httpx.AsyncClient, bad: str) -> None:
    assert_error(await api.get(f"/contacts/{bad}"), 400, "id must be a 64-bit integer")


async def test_an_encoded_slash_stays_in_its_segment(api: httpx.AsyncClient) -> None:
    assert_error(await api.delete("/webhooks/a%2F..%2Fb"), 404, "webhook not found")


async def test_unknown_ids_are_404(api: httpx.AsyncClient) -> None:
    for path in ("/contacts/1", "/members/-5", "/orders/9223372036854775807", "/products/0"):
        assert_error(await api.get(path), 404, "not found")


# -- pagination ---------------------------------------------------------------------------


async def add_contacts(api: httpx.AsyncClient, count: int) -> None:
    for index in range(count):
        response = await api.post("/contacts", json={"email": f"c{index}@example.com"})
        assert response.status_code == 200


async def test_pages_have_the_envelope_with_defaults(api: httpx.AsyncClient) -> None:
    await add_contacts(api, 35)
    body = (await api.get("/contacts")).json()
    assert set(body) == {"items", "totalCount", "limit", "skip"}
    assert (body["totalCount"], body["limit"], body["skip"], len(body["items"])) == (35, 30, 0, 30)
    body = (await api.get("/contacts", params={"limit": 50, "skip": 30})).json()
    assert (body["totalCount"], body["limit"], body["skip"], len(body["items"])) == (35, 50, 30, 5)
    assert [item["email"] for item in body["items"]] == [f"c{i}@example.com" for i in range(30, 35)]
    body = (await api.get("/contacts", params={"skip": 100, "limit": 1})).json()
    assert body == {"items": [], "totalCount": 35, "limit": 1, "skip": 100}


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"limit": 0}, "limit must be between 1 and 50"),
        ({"limit": 51}, "limit must be between 1 and 50"),
        ({"limit": "ten"}, "limit must be a 64-bit integer"),
        ({"limit": ""}, "limit must be a 64-bit integer"),
        ({"skip": -1}, "skip must be at least 0"),
        ({"skip": 1.5}, "skip must be a 64-bit integer"),
        ({"created_at_min": "yesterday"}, "created_at_min must be a 64-bit integer"),
    ],
)
async def test_bad_pagination_is_400(
    api: httpx.AsyncClient, params: dict[str, Any], words: str
) -> None:
    assert_error(await api.get("/contacts", params=params), 400, words)


@pytest.mark.parametrize(
    "path", ["/members", "/products", "/orders", "/form-submissions", "/bookings"]
)
async def test_every_paginated_list_checks_its_limits(api: httpx.AsyncClient, path: str) -> None:
    assert (await api.get(path)).json() == {"items": [], "totalCount": 0, "limit": 30, "skip": 0}
    assert_error(await api.get(path, params={"limit": 51}), 400, "limit")


@pytest.mark.parametrize(
    "path", ["/webhooks", "/products/categories", "/member-groups", "/subscriber-lists"]
)
async def test_plain_lists_are_arrays(api: httpx.AsyncClient, path: str) -> None:
    assert (await api.get(path, params={"limit": 999})).json() == []


async def test_the_first_value_of_a_repeated_parameter_counts(api: httpx.AsyncClient) -> None:
    body = (await api.get("/contacts?limit=2&limit=99")).json()
    assert body["limit"] == 2


# -- bodies -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "a JSON body is required"),
        (b"  ", "a JSON body is required"),
        (b"{not json", "the body is not valid JSON"),
        (b"[1, 2]", "body must be a JSON object"),
        (b'"text"', "body must be a JSON object"),
        (b"{}", "email is required"),
        (b'{"email": 5}', "email must be a string"),
        (b'{"email": "not-an-email"}', "email must be an email address"),
        (b'{"email": "a@b.c", "tags": "vip"}', "tags must be an array"),
        (b'{"email": "a@b.c", "tags": [1]}', "tags[0] must be a string"),
        (b'{"email": "a@b.c", "subscribed": "yes"}', "subscribed must be true or false"),
        (b'{"email": "a@b.c", "subscriberLists": [true]}', "subscriberLists[0] must be a 64-bit"),
        (b'{"email": "a@b.c", "properties": [{"name": 1}]}', "properties[0].name must be a"),
    ],
)
async def test_bad_bodies_are_400(api: httpx.AsyncClient, content: bytes, words: str) -> None:
    response = await api.post("/contacts", content=content)
    assert_error(response, 400, words)


async def test_unknown_body_fields_are_ignored(api: httpx.AsyncClient) -> None:
    response = await api.post("/contacts", json={"email": "a@b.c", "favouriteColour": "blue"})
    assert response.status_code == 200
    assert "favouriteColour" not in response.json()


async def test_a_failing_handler_answers_500_and_is_logged(
    sandbox: Sandbox, api: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    sandbox.store.contacts[1] = {"id": 1}  # a broken record: no createdOn to filter by
    with caplog.at_level(logging.ERROR, logger="simvoly.testing"):
        response = await api.get("/contacts", params={"created_at_min": 0})
    assert_error(response, 500, "Internal server error")
    assert "the sandbox failed on GET" in caplog.text
    assert KEY not in caplog.text
    assert sandbox.requests[-1].status == 500


# -- the ASGI protocol ---------------------------------------------------------------------


async def test_lifespan_messages_are_answered(sandbox: Sandbox) -> None:
    incoming: list[Message] = [
        {"type": "lifespan.startup"},
        {"type": "other"},
        {"type": "lifespan.shutdown"},
    ]
    sent: list[Message] = []

    async def receive() -> Message:
        return incoming.pop(0)

    async def send(message: Message) -> None:
        sent.append(message)

    await sandbox({"type": "lifespan"}, receive, send)
    assert [m["type"] for m in sent] == ["lifespan.startup.complete", "lifespan.shutdown.complete"]


async def test_websockets_are_not_served(sandbox: Sandbox) -> None:
    async def receive() -> Message:
        raise AssertionError("not read")

    async def send(message: Message) -> None:
        raise AssertionError("nothing sent")

    await sandbox({"type": "websocket"}, receive, send)
    assert sandbox.requests == []


async def test_a_chunked_body_without_raw_path(sandbox: Sandbox) -> None:
    chunks: list[Message] = [
        {"type": "http.request", "body": b'{"email": "x@', "more_body": True},
        {"type": "http.request", "body": b'example.com"}'},
    ]
    sent: list[Message] = []

    async def receive() -> Message:
        return chunks.pop(0)

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "POST",
        "path": f"{API_ROOT}/contacts",
        "headers": [(k.lower().encode(), v.encode()) for k, v in HEADERS.items()],
    }
    await sandbox(scope, receive, send)
    assert sent[0]["status"] == 200
    assert b'"email": "x@example.com"' in sent[1]["body"]


async def test_a_client_gone_before_the_body(sandbox: Sandbox) -> None:
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": f"{API_ROOT}/contacts", "headers": []}
    await sandbox(scope, receive, send)
    assert sent[0]["status"] == 401


async def test_every_request_is_recorded(sandbox: Sandbox, api: httpx.AsyncClient) -> None:
    await api.get("/contacts", params={"limit": 5, "skip": 0})
    await api.get("/nowhere")
    await api.post("/contacts", json={})
    first, second, third = sandbox.requests
    assert (first.method, first.path, first.query) == (
        "GET",
        "/contacts",
        {"limit": "5", "skip": "0"},
    )
    assert (first.operation, first.status, first.faulted) == ("list_contacts", 200, False)
    assert (second.operation, second.status) == (None, 404)
    assert (third.operation, third.status) == ("create_contact", 400)
    assert KEY not in repr(sandbox.requests)


async def test_the_transport_tells_an_app_reading_twice_that_the_client_left() -> None:
    from simvoly.testing import SandboxTransport

    seen: list[Message] = []

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        seen.extend([await receive(), await receive()])
        await send({"type": "http.response.start", "status": 204})
        await send({"type": "http.response.body"})

    async with httpx.AsyncClient(transport=SandboxTransport(app)) as http:
        response = await http.post("http://localhost/x", content=b"hi")
    assert response.status_code == 204
    assert [m["type"] for m in seen] == ["http.request", "http.disconnect"]
    assert seen[0]["body"] == b"hi"

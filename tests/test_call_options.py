"""Per-call options, on both clients and both kinds of pool: `timeout=`, `max_retries=`,
`extra_headers=` and (lists) `extra_query=` change one call, are checked like the
client's own options before anything is sent, and leave the client as it was."""

from __future__ import annotations

import math
from collections.abc import AsyncIterator
from typing import Any

import attrs
import httpx
import pytest
from pytest_httpx import HTTPXMock

import simvoly

from .conftest import (
    API_KEY,
    SITE,
    AnyClient,
    Flavor,
    Recorder,
    error_response,
    json_response,
    resolve,
)

CONTACT = {"id": 1, "email": "jane@example.com"}


def ok(request: httpx.Request) -> httpx.Response:
    return json_response(CONTACT)


@attrs.frozen
class Wired:
    """A client of one flavor on one kind of pool, and every request it sent."""

    client: AnyClient
    recorder: Recorder


@pytest.fixture(params=["own pool", "caller's pool"])
async def wired(
    request: pytest.FixtureRequest, flavor: Flavor, httpx_mock: HTTPXMock
) -> AsyncIterator[Wired]:
    """Each flavor on the SDK's own pool (answered by pytest-httpx) and on an
    `http_client` the caller passed (a MockTransport): the two build requests apart."""
    recorder = Recorder(ok)
    if request.param == "own pool":
        httpx_mock.add_callback(recorder, is_reusable=True, is_optional=True)
        client = flavor.own_client(API_KEY, site_url=SITE, user_agent="Tests/1.0")
        yield Wired(client, recorder)
        await flavor.close(client)
    else:
        client, recorder = flavor.make_client(ok)
        yield Wired(client, recorder)


# -- timeout -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "sent"),
    [
        (5, {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}),
        (90.5, {"connect": 10.0, "read": 90.5, "write": 90.5, "pool": 90.5}),
        (
            httpx.Timeout(3.0, read=9.0),
            {"connect": 3.0, "read": 9.0, "write": 3.0, "pool": 3.0},
        ),
    ],
)
async def test_a_calls_timeout_reaches_its_request(
    seconds: float | httpx.Timeout, sent: dict[str, float], wired: Wired
) -> None:
    client = wired.client
    await resolve(client.contacts.get(1, timeout=seconds))
    await resolve(client.contacts.get(1))
    first, second = wired.recorder.requests
    assert first.extensions["timeout"] == sent
    assert second.extensions["timeout"] == client.timeout.as_dict()  # the client's, again
    assert client.timeout == httpx.Timeout(30.0, connect=10.0)


@pytest.mark.parametrize(
    "seconds",
    [
        0,
        -1,
        math.nan,
        math.inf,
        True,
        "30",
        httpx.Timeout(None),
        httpx.Timeout(5.0, read=None),
        httpx.Timeout(5.0, pool=math.nan),
        httpx.Timeout(5.0, connect=-1.0),
    ],
    ids=repr,
)
async def test_a_bad_timeout_is_refused_before_sending(seconds: Any, wired: Wired) -> None:
    with pytest.raises(ValueError, match="timeout"):
        await resolve(wired.client.contacts.get(1, timeout=seconds))
    with pytest.raises(ValueError, match="timeout"):
        await resolve(wired.client.contacts.list(timeout=seconds).first_page())
    assert wired.recorder.requests == []


# -- max_retries ---------------------------------------------------------------------------


@pytest.mark.parametrize(("max_retries", "attempts"), [(0, 1), (1, 2), (5, 6)])
async def test_max_retries_changes_that_call_only(
    max_retries: int, attempts: int, flavor: Flavor
) -> None:
    client, recorder = flavor.make_client(lambda _: error_response(503, "busy"))
    with pytest.raises(simvoly.InternalServerError) as caught:
        await resolve(client.contacts.get(1, max_retries=max_retries))
    assert caught.value.retries_taken == max_retries
    assert len(recorder.requests) == attempts
    recorder.requests.clear()
    with pytest.raises(simvoly.InternalServerError):
        await resolve(client.contacts.get(1))
    assert len(recorder.requests) == 3  # the client's 2 retries, as before
    assert client.retry_policy.max_retries == 2


async def test_max_retries_applies_to_every_page_of_a_walk(flavor: Flavor) -> None:
    answers = iter([error_response(503, "busy")])

    def handler(request: httpx.Request) -> httpx.Response:
        return next(answers, None) or json_response(
            {"items": [CONTACT], "totalCount": 1, "limit": 50, "skip": 0}
        )

    client, recorder = flavor.make_client(handler)
    with pytest.raises(simvoly.InternalServerError):
        await resolve(client.contacts.list(max_retries=0).first_page())
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("max_retries", [-1, 1.5, True, "2"], ids=repr)
async def test_bad_max_retries_are_refused_before_sending(max_retries: Any, wired: Wired) -> None:
    with pytest.raises(ValueError, match="max_retries must be an integer >= 0"):
        await resolve(wired.client.contacts.get(1, max_retries=max_retries))
    assert wired.recorder.requests == []


# -- extra_headers -------------------------------------------------------------------------


async def test_extra_headers_are_sent_with_that_call_only(wired: Wired) -> None:
    client = wired.client
    await resolve(client.contacts.get(1, extra_headers={"X-Request-Id": "req-1"}))
    await resolve(client.contacts.get(1))
    first, second = wired.recorder.requests
    assert first.headers["x-request-id"] == "req-1"
    assert first.headers["authorization"] == f"Bearer {API_KEY}"  # the client's, too
    assert "x-request-id" not in second.headers


async def test_an_extra_header_replaces_the_clients_whatever_its_case(wired: Wired) -> None:
    await resolve(wired.client.contacts.get(1, extra_headers={"user-agent": "Batch/2.0"}))
    (request,) = wired.recorder.requests
    assert request.headers.get_list("user-agent") == ["Batch/2.0"]  # one, not two


async def test_extra_headers_are_sent_with_every_page(flavor: Flavor) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        skip = int(request.url.params["skip"])
        items = [{"id": skip + i} for i in range(1, 11)] if skip < 30 else []
        return json_response({"items": items, "totalCount": 30, "limit": 10, "skip": skip})

    client, recorder = flavor.make_client(handler)
    paginator = client.contacts.list(limit=10, extra_headers={"X-Trace": "t1"})
    if isinstance(paginator, simvoly.SyncPaginator):
        assert len(list(paginator)) == 30
    else:
        assert len([item async for item in paginator]) == 30
    assert [r.headers["x-trace"] for r in recorder.requests] == ["t1"] * 3


SECRET = "s3cr3t-value"


@pytest.mark.parametrize(
    ("headers", "error", "message"),
    [
        ({"X Bad": "v"}, ValueError, "extra_headers: 'X Bad' is not a valid header name"),
        ({"": "v"}, ValueError, "is not a valid header name"),
        ({"X-Colon:": "v"}, ValueError, "is not a valid header name"),
        ({7: "v"}, ValueError, "is not a valid header name"),
        ({"X-Token": f"{SECRET}\r\nX-Evil: 1"}, ValueError, "contains a control"),
        ({"X-Token": f" {SECRET}"}, ValueError, "starts or ends with a space"),
        ({"X-Token": f"{SECRET}é"}, ValueError, "non-ASCII"),
        ({"X-Token": ""}, ValueError, "must not be empty"),
        ({"X-Token": 12345}, TypeError, r"extra_headers\['X-Token'\] must be a string"),
        ([("X-Token", SECRET)], TypeError, "extra_headers must be a mapping"),
    ],
    ids=repr,
)
async def test_bad_extra_headers_are_refused_without_showing_the_value(
    headers: Any, error: type[Exception], message: str, wired: Wired
) -> None:
    with pytest.raises(error, match=message) as caught:
        await resolve(wired.client.contacts.get(1, extra_headers=headers))
    if not isinstance(headers, list):
        assert SECRET not in str(caught.value)
    assert wired.recorder.requests == []


def test_request_options_never_show_extra_headers() -> None:
    from simvoly._call import RequestOptions

    options = RequestOptions(extra_headers={"X-Token": SECRET})
    assert SECRET not in repr(options)


# -- extra_query (lists) -------------------------------------------------------------------


async def test_extra_query_is_sent_on_every_page(wired: Wired) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        skip = int(request.url.params["skip"])
        items = [{"id": skip + i} for i in range(1, 11)] if skip < 30 else []
        return json_response({"items": items, "totalCount": 30, "limit": 10, "skip": skip})

    wired.recorder.handler = handler
    paginator = wired.client.contacts.list(
        limit=10, created_at_min=5, extra_query={"tag": "vip", "deep": True, "n": 3}
    )
    if isinstance(paginator, simvoly.SyncPaginator):
        assert len(list(paginator)) == 30
    else:
        assert len([item async for item in paginator]) == 30
    queries = [dict(r.url.params) for r in wired.recorder.requests]
    assert queries == [
        {
            "created_at_min": "5",
            "tag": "vip",
            "deep": "true",
            "n": "3",
            "limit": "10",
            "skip": str(skip),
        }
        for skip in (0, 10, 20)
    ]


async def test_extra_query_reaches_a_single_page_and_the_raw_answer(wired: Wired) -> None:
    wired.recorder.handler = lambda _: json_response(
        {"items": [CONTACT], "totalCount": 1, "limit": 50, "skip": 0}
    )
    paginator = wired.client.contacts.list(extra_query={"tag": "vip"})
    await resolve(paginator.first_page())
    raw = await resolve(wired.client.contacts.with_raw_response.list(extra_query={"tag": "vip"}))
    assert raw.http_request.url.params["tag"] == "vip"
    assert [r.url.params["tag"] for r in wired.recorder.requests] == ["vip", "vip"]


@pytest.mark.parametrize(
    ("query", "error", "message"),
    [
        ({"tag": 1.5}, ValueError, r"extra_query\['tag'\] must be a string, an integer"),
        ({"tag": None}, ValueError, r"extra_query\['tag'\] must be"),
        ({"tag": ["a", "b"]}, ValueError, r"extra_query\['tag'\] must be"),
        ({"": "x"}, ValueError, "is not a query parameter name"),
        ({3: "x"}, ValueError, "is not a query parameter name"),
        ("tag=vip", TypeError, "extra_query must be a mapping"),
        ({"tag": "a\r\nb"}, ValueError, "tag must not contain CR or LF"),
        ({"limit": 5}, ValueError, "extra_query must not set limit"),
        ({"skip": "7"}, ValueError, "extra_query must not set skip"),
    ],
    ids=repr,
)
async def test_bad_extra_query_is_refused_before_sending(
    query: Any, error: type[Exception], message: str, wired: Wired
) -> None:
    with pytest.raises(error, match=message):
        await resolve(wired.client.contacts.list(extra_query=query).first_page())
    assert wired.recorder.requests == []

"""What the sync client `Simvoly` does of its own: its pool and lifecycle, threads, help().

What it shares with `AsyncSimvoly` (resources, retries, errors, options, raw answers,
pagination) is tested on both in the other test files, through the `flavor` fixture.
"""

from __future__ import annotations

import gc
import pydoc
import re
import threading
import warnings
from concurrent.futures import ThreadPoolExecutor

import anyio
import httpx
import pytest
from pytest_httpx import HTTPXMock

import simvoly
import simvoly._config
from simvoly import AsyncSimvoly, RateLimit, Simvoly
from simvoly._generated.resources import RESOURCES
from tests.reliability.faultserver import fault_server, reply

from .conftest import API_KEY, SITE, json_response, sync_http_of

CONTACT = {"id": 1, "email": "jane@example.com"}


def mock_http() -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(lambda _: json_response(CONTACT)))


# -- the pool, and closing it --------------------------------------------------------------


def test_the_own_pool_is_an_httpx_client_with_the_sdks_settings() -> None:
    with Simvoly(API_KEY, site_url=SITE, timeout=12) as client:
        http = sync_http_of(client)
        assert isinstance(http, httpx.Client)
        assert http.headers["authorization"] == f"Bearer {API_KEY}"
        assert http.timeout == client.timeout == httpx.Timeout(12.0, connect=10.0)
        assert not http.follow_redirects
        pool = http._transport._pool  # type: ignore[attr-defined]  # httpx's transport type does not declare its pool
        # The same pool settings as the async client's (docs/performance.md).
        limits = simvoly._config.DEFAULT_LIMITS
        assert pool._max_connections == limits.max_connections
        assert pool._max_keepalive_connections == limits.max_keepalive_connections
        assert pool._keepalive_expiry == limits.keepalive_expiry


def test_the_own_pool_keeps_no_cookies(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=CONTACT, headers={"Set-Cookie": "session=abc; Path=/"})
    httpx_mock.add_response(json=CONTACT)
    with Simvoly(API_KEY, site_url=SITE) as client:
        client.contacts.get(1)
        client.contacts.get(1)
        assert not sync_http_of(client).cookies
        with pytest.raises(TypeError, match="keeps no cookies"):
            sync_http_of(client).cookies = {"session": "1"}
    assert [r.headers.get("cookie") for r in httpx_mock.get_requests()] == [None, None]


def test_the_context_manager_and_close_close_the_own_pool() -> None:
    with Simvoly(API_KEY, site_url=SITE) as client:
        assert not sync_http_of(client).is_closed
    assert sync_http_of(client).is_closed
    other = Simvoly(API_KEY, site_url=SITE)
    other.close()
    other.close()  # twice is harmless
    assert sync_http_of(other).is_closed


def test_a_closed_client_refuses_calls_and_with() -> None:
    client = Simvoly(API_KEY, site_url=SITE, http_client=mock_http())
    assert client.contacts.get(1).id == 1
    client.close()
    with pytest.raises(simvoly.SimvolyError, match="This Simvoly client is closed"):
        client.contacts.get(1)
    with pytest.raises(simvoly.SimvolyError, match="closed"):
        list(client.contacts.list())
    with pytest.raises(simvoly.SimvolyError, match="closed"), client:
        pass


def test_a_callers_pool_is_used_never_closed_and_checked() -> None:
    http = mock_http()
    with Simvoly(API_KEY, site_url=SITE, http_client=http) as client:
        assert client.contacts.get(1).id == 1
    assert not http.is_closed  # the caller's to close
    http.close()
    client = Simvoly(API_KEY, site_url=SITE, http_client=http)
    with pytest.raises(simvoly.SimvolyError, match="http_client passed to Simvoly is closed"):
        client.contacts.get(1)


def test_http_client_types_are_checked_both_ways() -> None:
    with pytest.raises(TypeError, match=r"httpx\.Client, got AsyncClient") as caught:
        Simvoly(API_KEY, site_url=SITE, http_client=httpx.AsyncClient())  # type: ignore[arg-type]  # wrong on purpose
    assert "AsyncSimvoly takes an httpx.AsyncClient" in str(caught.value)
    with pytest.raises(TypeError, match=r"httpx\.AsyncClient, got Client") as caught:
        AsyncSimvoly(API_KEY, site_url=SITE, http_client=httpx.Client())  # type: ignore[arg-type]  # wrong on purpose
    assert "simvoly.Simvoly takes an httpx.Client" in str(caught.value)


def test_with_options_shares_the_pool_and_the_rate_limit() -> None:
    limit = RateLimit(per_second=5)
    client = Simvoly(API_KEY, site_url=SITE, rate_limit=limit)
    quick = client.with_options(timeout=2.0, max_retries=0)
    assert sync_http_of(quick) is sync_http_of(client)
    assert quick._pacer is client._pacer
    assert quick.rate_limit is client.rate_limit is limit
    assert (quick.timeout, quick.retry_policy.max_retries) == (httpx.Timeout(2.0), 0)
    assert (client.timeout, client.retry_policy.max_retries) == (httpx.Timeout(30, connect=10), 2)
    assert quick.contacts is not client.contacts
    with pytest.raises(ValueError, match="max_retries"):
        client.with_options(max_retries=-1)
    quick.close()  # a copy leaves the shared pool open
    assert not sync_http_of(client).is_closed
    client.close()
    assert sync_http_of(quick).is_closed
    assert Simvoly(API_KEY, site_url=SITE, http_client=mock_http()).rate_limit is None


# -- ResourceWarning -------------------------------------------------------------------------


def abandoned() -> httpx.Client:
    """The pool of a client nobody closed, collected as this function returns."""
    client = Simvoly(API_KEY, site_url=SITE)
    return sync_http_of(client)


def test_an_unclosed_own_pool_warns_when_collected() -> None:
    with pytest.warns(ResourceWarning, match="was never closed: use `with Simvoly"):
        http = abandoned()
    assert http.is_closed  # and it is closed then


def test_closed_clients_copies_and_callers_pools_never_warn() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        closed = Simvoly(API_KEY, site_url=SITE)
        closed.close()
        callers = Simvoly(API_KEY, site_url=SITE, http_client=mock_http())
        with Simvoly(API_KEY, site_url=SITE) as original:
            copy = original.with_options(timeout=1)
            del copy
        del closed, callers
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []


def test_a_client_that_failed_to_build_never_warns() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(ValueError, match="timeout"):
            Simvoly(API_KEY, site_url=SITE, timeout=-1)
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []


# -- threads ---------------------------------------------------------------------------------


async def test_one_client_serves_many_threads_over_one_pool() -> None:
    async with fault_server(reply(200, CONTACT)) as server:

        def work() -> list[int]:
            with (
                Simvoly("key", base_url=server.base_url) as client,
                ThreadPoolExecutor(8) as threads,
            ):
                return list(threads.map(lambda i: client.contacts.get(i).id, range(64)))

        ids = await anyio.to_thread.run_sync(work)
    assert ids == [1] * 64
    assert len(server.requests) == 64
    assert sorted({path for _, path in server.requests}) == sorted(
        {f"/api/site/contacts/{i}" for i in range(64)}
    )


def test_threads_calling_one_client_each_get_their_own_answer() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return json_response({"id": int(request.url.path.rsplit("/", 1)[1])})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = Simvoly(API_KEY, site_url=SITE, http_client=http)
    seen: dict[int, int] = {}
    lock = threading.Lock()

    def call(i: int) -> None:
        contact = client.contacts.get(i)
        with lock:
            seen[i] = contact.id

    threads = [threading.Thread(target=call, args=(i,)) for i in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == {i: i for i in range(32)}


# -- help() --------------------------------------------------------------------------------


def test_help_lists_the_resources_and_their_methods() -> None:
    text = pydoc.plain(pydoc.render_doc(Simvoly))
    for name in RESOURCES:
        assert name in text
    assert "The contacts (CRM) of the website." in text
    assert (
        "Methods: `list`, `create`, `get_by_email`, `get`, `update`, `delete`, `upsert_many`."
        in text
    )
    assert "_LazyResource" not in text
    with Simvoly(API_KEY, site_url=SITE) as client:
        resource = pydoc.plain(pydoc.render_doc(type(client.contacts)))
    # Python 3.11-3.12 quote the annotation on one line; 3.13 puts each argument on a line.
    assert re.search(r"get_by_email\(\s*(\|\s*)?self,\s*(\|\s*)?email: '?str'?", resource)
    assert "with_raw_response" in resource

"""Both clients: configuration, headers, the connection pool, and refusing unsafe setups.

`AsyncSimvoly` and `Simvoly` take the same arguments and check them alike (simvoly._config);
the tests of what they share run on both (`new_client`, `flavor`).
"""

from __future__ import annotations

import asyncio
import gc
import threading
import warnings
from collections.abc import AsyncIterator, Callable
from typing import Any, Literal

import httpx
import pytest
from pytest_httpx import HTTPXMock

import simvoly
from simvoly import AsyncSimvoly, Simvoly

from .conftest import (
    API_KEY,
    BASE,
    SITE,
    AnyClient,
    Flavor,
    http_of,
    json_response,
    resolve,
)

NewClient = Callable[..., AnyClient]


@pytest.fixture(params=[AsyncSimvoly, Simvoly], ids=["async", "sync"])
async def new_client(request: pytest.FixtureRequest) -> AsyncIterator[NewClient]:
    """Builds clients of each class in turn, closed after the test."""
    made: list[AnyClient] = []

    def make(*args: Any, **options: Any) -> AnyClient:
        client: AnyClient = request.param(*args, **options)
        made.append(client)
        return client

    yield make
    for client in made:
        if isinstance(client, Simvoly):
            client.close()
        else:
            await client.aclose()


async def test_key_and_site_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, httpx_mock: HTTPXMock, new_client: NewClient
) -> None:
    monkeypatch.setenv("SIMVOLY_API_KEY", "env-key")
    monkeypatch.setenv("SIMVOLY_SITE_URL", "https://env.simvoly.com")
    httpx_mock.add_response(json=[])
    client = new_client()
    assert client.base_url == "https://env.simvoly.com/api/site"
    await resolve(client.webhooks.list())
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["authorization"] == "Bearer env-key"


def test_arguments_win_over_the_environment(
    monkeypatch: pytest.MonkeyPatch, new_client: NewClient
) -> None:
    monkeypatch.setenv("SIMVOLY_SITE_URL", "https://env.simvoly.com")
    client = new_client("k", site_url="https://arg.simvoly.com")
    assert client.base_url == "https://arg.simvoly.com/api/site"


@pytest.mark.parametrize("cls", [AsyncSimvoly, Simvoly])
def test_a_missing_key_is_a_clear_error_naming_the_class(
    monkeypatch: pytest.MonkeyPatch, cls: type[AnyClient]
) -> None:
    monkeypatch.delenv("SIMVOLY_API_KEY", raising=False)
    with pytest.raises(simvoly.SimvolyError, match="SIMVOLY_API_KEY") as caught:
        cls(site_url=SITE)
    assert f"pass {cls.__name__}(api_key=...)" in str(caught.value)
    with pytest.raises(simvoly.SimvolyError, match="No API key"):
        cls("", site_url=SITE)


@pytest.mark.parametrize("cls", [AsyncSimvoly, Simvoly])
def test_a_missing_site_is_a_clear_error_naming_the_class(
    monkeypatch: pytest.MonkeyPatch, cls: type[AnyClient]
) -> None:
    monkeypatch.delenv("SIMVOLY_SITE_URL", raising=False)
    with pytest.raises(simvoly.SimvolyError, match="SIMVOLY_SITE_URL") as caught:
        cls("k")
    assert f"pass {cls.__name__}(site_url=" in str(caught.value)


@pytest.mark.parametrize(
    ("site_url", "root"),
    [
        ("https://mysite.simvoly.com", "https://mysite.simvoly.com/api/site"),
        ("https://mysite.simvoly.com/", "https://mysite.simvoly.com/api/site"),
        ("mysite.simvoly.com", "https://mysite.simvoly.com/api/site"),
        ("  https://shop.example.com  ", "https://shop.example.com/api/site"),
    ],
)
def test_site_url_gives_the_api_root(site_url: str, root: str, new_client: NewClient) -> None:
    assert new_client("k", site_url=site_url).base_url == root


def test_base_url_overrides_the_whole_root(new_client: NewClient) -> None:
    client = new_client("k", base_url="https://proxy.example.com/simvoly/")
    assert client.base_url == "https://proxy.example.com/simvoly"


@pytest.mark.parametrize(
    "url", ["http://mysite.simvoly.com", "http://10.0.0.5:8080", "http://[2001:db8::1]"]
)
def test_plain_http_is_refused_off_localhost(url: str, new_client: NewClient) -> None:
    with pytest.raises(ValueError, match="clear text"):
        new_client("k", base_url=url)


@pytest.mark.parametrize(
    "url", ["http://localhost:8000/api/site", "http://127.0.0.1:9/x", "http://[::1]:80"]
)
def test_plain_http_is_allowed_for_localhost(url: str, new_client: NewClient) -> None:
    assert new_client("k", base_url=url).base_url == url.rstrip("/")


@pytest.mark.parametrize("url", ["https://my site.com/api/site", "https://my<site.com/api"])
def test_a_base_url_without_a_valid_host_is_refused(url: str, new_client: NewClient) -> None:
    with pytest.raises(ValueError, match=r"base_url .* has no valid host"):
        new_client("k", base_url=url)


@pytest.mark.parametrize(
    "url", ["ftp://mysite.simvoly.com", "/api/site", "https://", "https://x.com/api?x=1"]
)
def test_malformed_base_urls_are_refused(url: str, new_client: NewClient) -> None:
    with pytest.raises(ValueError, match="base_url"):
        new_client("k", base_url=url)


@pytest.mark.parametrize(
    ("api_key", "user_agent", "message"),
    [
        ("key\r\nX-Evil: 1", None, "api_key contains a control"),
        ("key\n", None, "api_key contains a control"),
        ("k", "App/1\r\nX-Evil: 1", "user_agent contains a control"),
    ],
)
def test_header_injection_is_refused(
    api_key: str, user_agent: str | None, message: str, new_client: NewClient
) -> None:
    with pytest.raises(ValueError, match=message) as caught:
        new_client(api_key, site_url=SITE, user_agent=user_agent)
    assert "X-Evil" not in str(caught.value)


def test_a_non_string_key_is_a_type_error(new_client: NewClient) -> None:
    with pytest.raises(TypeError, match="api_key must be a string"):
        new_client(12345, site_url=SITE)  # wrong on purpose


async def test_every_request_identifies_the_caller_and_the_sdk(flavor: Flavor) -> None:
    client, recorder = flavor.make_client(lambda _: json_response([]), user_agent="MyApp/1.0.1")
    await resolve(client.webhooks.list())
    headers = recorder.requests[0].headers
    assert headers["authorization"] == f"Bearer {API_KEY}"
    assert headers["user-agent"] == f"MyApp/1.0.1 simvoly-python/{simvoly.__version__}"
    assert headers["accept"] == "application/json"


async def test_without_a_user_agent_the_sdk_still_identifies_itself(flavor: Flavor) -> None:
    client, recorder = flavor.make_client(lambda _: json_response([]), user_agent=None)
    await resolve(client.webhooks.list())
    assert recorder.requests[0].headers["user-agent"] == f"simvoly-python/{simvoly.__version__}"


async def test_the_default_timeout_and_pool_are_real() -> None:
    client = AsyncSimvoly("k", site_url=SITE)
    assert client.timeout == httpx.Timeout(30.0, connect=10.0)
    pool = http_of(client)._transport._pool  # type: ignore[attr-defined]  # httpx's transport type does not declare its pool
    # Every connection it opens is kept (none closed only to open another), and an idle
    # one retires before a server that closes idle connections at 5 s closes it.
    assert pool._max_connections == pool._max_keepalive_connections == 16
    assert pool._keepalive_expiry == 4.0
    await client.aclose()


@pytest.mark.parametrize(
    ("timeout", "expected"),
    [
        (5, httpx.Timeout(5.0)),
        (60.0, httpx.Timeout(60.0, connect=10.0)),
        (httpx.Timeout(3.0, read=9.0), httpx.Timeout(3.0, read=9.0)),
    ],
)
def test_timeouts(
    timeout: float | httpx.Timeout, expected: httpx.Timeout, new_client: NewClient
) -> None:
    assert new_client("k", site_url=SITE, timeout=timeout).timeout == expected


@pytest.mark.parametrize("timeout", [None, 0, -1, True, "30", httpx.Timeout(None)])
def test_timeouts_that_would_hang_or_make_no_sense_are_refused(
    timeout: object, new_client: NewClient
) -> None:
    with pytest.raises(ValueError, match="timeout"):
        new_client("k", site_url=SITE, timeout=timeout)  # wrong on purpose


@pytest.mark.parametrize("max_retries", [-1, 1.5, True, None])
def test_bad_max_retries_are_refused(max_retries: object, new_client: NewClient) -> None:
    with pytest.raises(ValueError, match="max_retries"):
        new_client("k", site_url=SITE, max_retries=max_retries)  # wrong on purpose
    with pytest.raises(ValueError, match="max_retries"):
        new_client("k", site_url=SITE).with_options(max_retries=-1)


async def test_with_options_shares_the_pool_and_never_closes_it() -> None:
    client = AsyncSimvoly("k", site_url=SITE)
    quick = client.with_options(timeout=2.0)
    assert http_of(quick) is http_of(client)
    assert quick.timeout == httpx.Timeout(2.0)
    assert client.timeout == httpx.Timeout(30.0, connect=10.0)
    assert quick.base_url == client.base_url
    assert quick.contacts is not client.contacts
    await quick.aclose()
    assert not http_of(client).is_closed
    await client.aclose()
    assert http_of(client).is_closed


# -- a client nobody closed -------------------------------------------------------------


def abandoned_async() -> httpx.AsyncClient:
    """The pool of an AsyncSimvoly nobody closed, collected as this function returns."""
    client = AsyncSimvoly(API_KEY, site_url=SITE)
    return http_of(client)


def no_resource_warnings(caught: list[warnings.WarningMessage]) -> bool:
    return not [w for w in caught if issubclass(w.category, ResourceWarning)]


def test_an_unclosed_async_client_warns_when_collected_and_says_how_to_close_it() -> None:
    with pytest.warns(ResourceWarning) as caught:
        abandoned_async()
    message = str(caught[0].message)
    assert message.startswith(f"<AsyncSimvoly base_url='{BASE}'> was garbage-collected")
    assert "async with AsyncSimvoly(...) as client:" in message
    assert "await client.aclose()" in message
    assert "lifespan" in message
    assert API_KEY not in message


async def test_closed_async_clients_copies_and_callers_pools_never_warn() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        closed = AsyncSimvoly(API_KEY, site_url=SITE)
        await closed.aclose()
        http = httpx.AsyncClient()
        callers = AsyncSimvoly(API_KEY, site_url=SITE, http_client=http)
        async with AsyncSimvoly(API_KEY, site_url=SITE) as original:
            copy = original.with_options(timeout=1)
            del copy
        with pytest.raises(ValueError, match="timeout"):
            AsyncSimvoly(API_KEY, site_url=SITE, timeout=-1)
        del closed, callers
        gc.collect()
        await http.aclose()
    assert no_resource_warnings(caught)


def test_a_client_whose_pools_closed_with_their_loops_does_not_warn() -> None:
    """A client shared by `asyncio.run()` calls: each loop closed its pool as it ended,
    so nothing is left to release (and nothing to warn about)."""
    client = AsyncSimvoly(API_KEY, site_url=SITE)

    async def use(client: AsyncSimvoly) -> httpx.AsyncClient:
        return client._pool.http()

    pools = [asyncio.run(use(client)), asyncio.run(use(client))]
    assert [http.is_closed for http in pools] == [True, True]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        del client
        gc.collect()
    assert no_resource_warnings(caught)


async def test_a_passed_in_http_client_is_used_but_not_closed() -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(lambda _: json_response([])))
    async with AsyncSimvoly("k", site_url=SITE, http_client=http) as client:
        assert await client.webhooks.list() == []
    assert not http.is_closed
    await http.aclose()


async def test_the_context_manager_closes_the_pool() -> None:
    async with AsyncSimvoly("k", site_url=SITE) as client:
        pass
    assert http_of(client).is_closed


async def test_redirects_are_not_followed_even_by_a_client_that_would(
    httpx_mock: HTTPXMock, flavor: Flavor
) -> None:
    httpx_mock.add_response(status_code=301, headers={"location": "https://www.mysite.com/x"})
    http = (httpx.Client if flavor.is_sync else httpx.AsyncClient)(follow_redirects=True)
    client = flavor.own_client("k", site_url=SITE, http_client=http)
    with pytest.raises(simvoly.RedirectError):
        await resolve(client.webhooks.list())
    await flavor.close(client)
    assert len(httpx_mock.get_requests()) == 1
    assert not http.is_closed  # the caller's, left open
    if isinstance(http, httpx.Client):
        http.close()
    else:
        await http.aclose()


def test_reprs_never_show_the_key(new_client: NewClient) -> None:
    client = new_client(API_KEY, site_url=SITE)
    assert repr(client) == f"<{type(client).__name__} base_url='{BASE}'>"
    for text in (
        repr(client),
        repr(client._options),
        repr(client.contacts),
        repr(client.contacts.with_raw_response),
        repr(client.contacts.list()),
        repr(client.with_options(timeout=1)),
    ):
        assert API_KEY not in text


async def test_the_aiohttp_backend_sends_through_aiohttp() -> None:
    from simvoly._aiohttp import AiohttpTransport

    async with AsyncSimvoly("k", site_url=SITE, http_backend="aiohttp") as client:
        assert isinstance(http_of(client)._transport, AiohttpTransport)
        assert http_of(client).headers["authorization"] == "Bearer k"
        assert http_of(client).timeout == client.timeout


def test_an_unknown_backend_is_refused() -> None:
    with pytest.raises(ValueError, match="http_backend must be"):
        AsyncSimvoly("k", site_url=SITE, http_backend="requests")  # type: ignore[arg-type]  # wrong on purpose


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_the_sdks_pool_keeps_no_cookies(backend: Literal["httpx", "aiohttp"]) -> None:
    async with AsyncSimvoly("k", site_url=SITE, http_backend=backend) as client:
        assert not http_of(client).cookies
        with pytest.raises(TypeError, match="keeps no cookies"):
            http_of(client).cookies = {"session": "1"}


async def test_a_cookie_the_server_sets_is_not_sent_back(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"id": 1}, headers={"Set-Cookie": "session=abc; Path=/"})
    httpx_mock.add_response(json={"id": 2})
    async with AsyncSimvoly("k", site_url=SITE, user_agent="Tests/1.0") as client:
        await client.contacts.get(1)
        await client.contacts.get(2)
        assert not http_of(client).cookies
    assert [request.headers.get("cookie") for request in httpx_mock.get_requests()] == [None, None]


async def test_strict_is_off_by_default_and_with_options_turns_it_on_or_off(
    flavor: Flavor,
) -> None:
    odd = {"id": 1, "email": "a@example.com", "tags": "vip"}  # tags should be a list
    client, _ = flavor.make_client(lambda _: json_response(odd))
    assert client.strict is False
    contact = await resolve(client.contacts.get(1))
    assert (contact.email, contact["tags"]) == ("a@example.com", "vip")
    strict = client.with_options(strict=True)
    assert (strict.strict, client.strict) == (True, False)
    with pytest.raises(simvoly.APIResponseValidationError, match=r"Contact\.tags: expected array"):
        await resolve(strict.contacts.get(1))
    assert strict.with_options(timeout=5).strict is True  # kept unless changed
    assert strict.with_options(strict=False).strict is False


@pytest.mark.parametrize("strict", [1, "yes", None])
async def test_strict_must_be_a_bool(strict: object) -> None:
    with pytest.raises(TypeError, match="strict must be True or False"):
        AsyncSimvoly("k", site_url=SITE, strict=strict)  # type: ignore[arg-type]  # wrong on purpose
    async with AsyncSimvoly("k", site_url=SITE) as client:
        with pytest.raises(TypeError, match="strict must be True or False"):
            client.with_options(strict=1)  # type: ignore[arg-type]  # wrong on purpose


# -- an http_client the caller passed ----------------------------------------------------


def callers_http(flavor: Flavor, handler: Callable[[httpx.Request], httpx.Response]) -> Any:
    transport = httpx.MockTransport(handler)
    if flavor.is_sync:
        return httpx.Client(transport=transport)
    return httpx.AsyncClient(transport=transport)


async def test_a_closed_client_on_a_callers_pool_refuses_calls(flavor: Flavor) -> None:
    http = callers_http(flavor, lambda _: json_response([]))
    client = flavor.own_client(API_KEY, site_url=SITE, http_client=http)
    assert await resolve(client.webhooks.list()) == []
    await flavor.close(client)
    with pytest.raises(simvoly.SimvolyError, match=r"is closed .* make a new client"):
        await resolve(client.webhooks.list())
    assert not http.is_closed  # the caller's, untouched


async def test_an_http_client_the_caller_closed_is_a_clear_error(flavor: Flavor) -> None:
    http = callers_http(flavor, lambda _: json_response([]))
    client = flavor.own_client(API_KEY, site_url=SITE, http_client=http)
    if isinstance(http, httpx.Client):
        http.close()
    else:
        await http.aclose()
    name = type(client).__name__
    with pytest.raises(simvoly.SimvolyError, match=f"http_client passed to {name} is closed"):
        await resolve(client.webhooks.list())


async def test_a_malformed_redirect_on_a_callers_pool_is_not_retried(flavor: Flavor) -> None:
    answers: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        answers.append(request)
        return httpx.Response(302, headers={"location": "https://[::1"})

    client = flavor.own_client(API_KEY, site_url=SITE, http_client=callers_http(flavor, handler))
    with pytest.raises(simvoly.APIConnectionError, match="malformed Location") as caught:
        await resolve(client.contacts.get(1))  # a GET: retried on any transport error
    assert "check site_url" in caught.value.message
    assert len(answers) == 1


async def test_a_callers_async_client_failing_on_another_loop_says_why() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise RuntimeError("Event loop is closed")  # what httpcore raises on another loop

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    client = AsyncSimvoly(API_KEY, site_url=SITE, http_client=http)
    with pytest.raises(simvoly.SimvolyError, match="belongs to the event loop") as caught:
        await client.contacts.get(1)
    assert "RuntimeError(Event loop is closed)" in str(caught.value)
    await http.aclose()


async def test_aclose_closes_the_pools_of_loops_still_running_in_threads(
    httpx_mock: HTTPXMock,
) -> None:
    httpx_mock.add_response(json={"id": 1}, is_reusable=True)
    client = AsyncSimvoly(API_KEY, site_url=SITE)
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever)
    thread.start()
    try:
        asyncio.run_coroutine_threadsafe(client.contacts.get(1), loop).result(10)
        await client.contacts.get(1)  # this loop gets a pool of its own
        pools = client._pool.pools()  # type: ignore[union-attr]  # the SDK's own pool
        assert len(pools) == 2
        await client.aclose()
        assert [http.is_closed for http in pools] == [True, True]
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join()
        loop.close()

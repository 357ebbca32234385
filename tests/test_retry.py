"""The retry table: what is retried, how often, how long it waits, and when it gives up."""

from __future__ import annotations

import email.utils
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import simvoly
from simvoly import RetryPolicy
from simvoly._retry import retry_after_seconds

from .conftest import (
    AnyClient,
    FakeClock,
    Flavor,
    error_response,
    fresh,
    json_response,
    resolve,
)

#: A call of either client (every test runs on both): its result goes through `resolve()`.
Call = Callable[[AnyClient], Any]

GET: Call = lambda c: c.contacts.get(1)  # noqa: E731 - a table of calls reads best as lambdas
PUT: Call = lambda c: c.member_groups.update(1, "Gold")  # noqa: E731 - as above
DELETE: Call = lambda c: c.contacts.delete(1)  # noqa: E731 - as above
PLAIN_POST: Call = lambda c: c.members.create("Jane", "jane@doe.com")  # noqa: E731 - as above
UPSERT_POSTS: dict[str, Call] = {
    "contact create-or-update": lambda c: c.contacts.create("jane@doe.com"),
    "member session": lambda c: c.members.start_session("jane@doe.com"),
    "product upsert by url": lambda c: c.products.create(
        "physical", "Door", url="door", update_existing_product_by_url=True
    ),
}
PLAIN_POSTS: dict[str, Call] = {
    "member create": PLAIN_POST,
    "product create": lambda c: c.products.create("physical", "Door", url="door"),
    "product create, upsert off": lambda c: c.products.create(
        "physical", "Door", update_existing_product_by_url=False
    ),
    "webhook create": lambda c: c.webhooks.create("https://e.com/h", ["order_created"]),
}
IDEMPOTENT: dict[str, Call] = {"GET": GET, "PUT": PUT, "DELETE": DELETE, **UPSERT_POSTS}


def answers(*responses: httpx.Response | Exception) -> Callable[[httpx.Request], httpx.Response]:
    """A handler that gives these answers in order, then succeeds."""
    queue: Iterator[httpx.Response | Exception] = iter(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        answer = next(queue, None)
        if answer is None:
            # A webhook's id is a string (rh_...); every other record's an integer.
            webhook = request.url.path.endswith("/webhooks")
            return json_response({"id": "rh_1" if webhook else 1, "success": True})
        if isinstance(answer, Exception):
            raise answer
        return fresh(answer)

    return handler


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
@pytest.mark.parametrize("call", IDEMPOTENT.values(), ids=IDEMPOTENT.keys())
async def test_transient_statuses_are_retried_for_idempotent_calls(
    call: Call, status: int, fake_clock: FakeClock, flavor: Flavor
) -> None:
    client, recorder = flavor.make_client(
        answers(error_response(status, "busy"), error_response(status, "busy"))
    )
    await resolve(call(client))
    assert len(recorder.requests) == 3
    assert len(fake_clock.sleeps) == 2


@pytest.mark.parametrize("status", [408, 500, 502, 503, 504])
@pytest.mark.parametrize("call", PLAIN_POSTS.values(), ids=PLAIN_POSTS.keys())
async def test_a_plain_post_is_not_repeated_after_it_may_have_been_processed(
    call: Call, status: int, flavor: Flavor
) -> None:
    client, recorder = flavor.make_client(answers(error_response(status, "failed midway")))
    with pytest.raises(simvoly.APIStatusError, match="failed midway") as caught:
        await resolve(call(client))
    assert len(recorder.requests) == 1
    assert caught.value.retries_taken == 0


@pytest.mark.parametrize("call", PLAIN_POSTS.values(), ids=PLAIN_POSTS.keys())
async def test_a_plain_post_is_retried_on_429(call: Call, flavor: Flavor) -> None:
    client, recorder = flavor.make_client(answers(error_response(429, "slow down")))
    await resolve(call(client))
    assert len(recorder.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501, 520])
async def test_other_statuses_are_never_retried(status: int, flavor: Flavor) -> None:
    client, recorder = flavor.make_client(answers(error_response(status, "no")))
    with pytest.raises(simvoly.APIStatusError):
        await resolve(GET(client))
    assert len(recorder.requests) == 1


NOT_SENT = [
    httpx.ConnectError("refused"),
    httpx.ConnectTimeout("slow connect"),
    httpx.PoolTimeout("pool full"),
]
MAYBE_SENT = [
    httpx.ReadTimeout("slow read"),
    httpx.ReadError("reset"),
    httpx.RemoteProtocolError("server hung up"),
    httpx.WriteError("broken pipe"),
]


@pytest.mark.parametrize("error", NOT_SENT + MAYBE_SENT, ids=type)
@pytest.mark.parametrize("call", IDEMPOTENT.values(), ids=IDEMPOTENT.keys())
async def test_connection_failures_are_retried_for_idempotent_calls(
    call: Call, error: Exception, flavor: Flavor
) -> None:
    client, recorder = flavor.make_client(answers(error))
    await resolve(call(client))
    assert len(recorder.requests) == 2


@pytest.mark.parametrize("error", NOT_SENT, ids=type)
async def test_a_plain_post_is_retried_when_it_was_never_sent(
    error: Exception, flavor: Flavor
) -> None:
    client, recorder = flavor.make_client(answers(error, error))
    await resolve(PLAIN_POST(client))
    assert len(recorder.requests) == 3


@pytest.mark.parametrize("error", MAYBE_SENT, ids=type)
async def test_a_plain_post_is_not_repeated_when_it_may_have_been_sent(
    error: Exception, flavor: Flavor
) -> None:
    client, recorder = flavor.make_client(answers(error))
    with pytest.raises(simvoly.APIConnectionError) as caught:
        await resolve(PLAIN_POST(client))
    assert len(recorder.requests) == 1
    assert caught.value.retries_taken == 0
    assert isinstance(caught.value.__cause__, type(error))


async def test_timeouts_raise_api_timeout_error_after_the_retries(flavor: Flavor) -> None:
    client, recorder = flavor.make_client(answers(*[httpx.ReadTimeout("slow")] * 3))
    with pytest.raises(simvoly.APITimeoutError, match="timed out") as caught:
        await resolve(GET(client))
    assert len(recorder.requests) == 3
    assert caught.value.retries_taken == 2


async def test_errors_that_retrying_cannot_fix_are_not_retried(flavor: Flavor) -> None:
    client, recorder = flavor.make_client(answers(httpx.UnsupportedProtocol("gopher://")))
    with pytest.raises(simvoly.APIConnectionError, match="gopher"):
        await resolve(GET(client))
    assert len(recorder.requests) == 1


async def test_exhausted_retries_raise_the_last_error_with_the_count(flavor: Flavor) -> None:
    client, recorder = flavor.make_client(answers(*[error_response(503, "down")] * 5))
    with pytest.raises(simvoly.InternalServerError) as caught:
        await resolve(GET(client))
    assert len(recorder.requests) == 3
    assert caught.value.retries_taken == 2
    assert caught.value.message == "down"


@pytest.mark.parametrize("max_retries", [0, 1, 5])
async def test_max_retries_is_the_number_of_retries(max_retries: int, flavor: Flavor) -> None:
    client, recorder = flavor.make_client(
        answers(*[error_response(500, "x")] * 10), max_retries=max_retries
    )
    with pytest.raises(simvoly.InternalServerError):
        await resolve(GET(client))
    assert len(recorder.requests) == max_retries + 1


async def test_backoff_doubles_with_jitter_up_to_the_cap(
    fake_clock: FakeClock, flavor: Flavor
) -> None:
    policy = RetryPolicy(max_retries=6, deadline=1000)
    client, _ = flavor.make_client(answers(*[error_response(500, "x")] * 6), retry=policy)
    await resolve(GET(client))
    nominal = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert len(fake_clock.sleeps) == 6
    for slept, wait in zip(fake_clock.sleeps, nominal, strict=True):
        assert wait * 0.75 <= slept <= wait


def http_date(seconds_from_now: float) -> str:
    import time

    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "7"}, 7.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after-ms": "soon", "retry-after": "9"}, 9.0),
    ],
)
async def test_retry_after_is_honoured(
    headers: dict[str, str], expected: float, fake_clock: FakeClock, flavor: Flavor
) -> None:
    client, recorder = flavor.make_client(answers(error_response(429, "wait", **headers)))
    await resolve(GET(client))
    assert fake_clock.sleeps == [expected]
    assert len(recorder.requests) == 2


async def test_retry_after_as_an_http_date(fake_clock: FakeClock, flavor: Flavor) -> None:
    client, _ = flavor.make_client(
        answers(error_response(503, "wait", **{"retry-after": http_date(30)}))
    )
    await resolve(GET(client))
    (slept,) = fake_clock.sleeps
    assert 28 <= slept <= 31


@pytest.mark.parametrize(
    "value", ["soon", "Mon, 99 Foo 2020 99:99:99", "", "Tue, 1 Jan 2030 00:00:00 -0000"]
)
async def test_unreadable_retry_after_falls_back_to_backoff(
    value: str, fake_clock: FakeClock, flavor: Flavor
) -> None:
    client, _ = flavor.make_client(answers(error_response(429, "wait", **{"retry-after": value})))
    await resolve(GET(client))
    (slept,) = fake_clock.sleeps
    assert 0.375 <= slept <= 0.5


@pytest.mark.parametrize("value", ["61", "3600", "99999999"])
async def test_a_retry_after_beyond_the_cap_raises_at_once(
    value: str, fake_clock: FakeClock, flavor: Flavor
) -> None:
    client, recorder = flavor.make_client(
        answers(error_response(429, "come back tomorrow", **{"retry-after": value}))
    )
    with pytest.raises(simvoly.RateLimitError, match="come back tomorrow") as caught:
        await resolve(GET(client))
    assert fake_clock.sleeps == []
    assert len(recorder.requests) == 1
    error = caught.value
    assert error.retry_after == float(value)
    assert error.hint == (
        f"Not retried: it asked to wait {float(value):g} s (Retry-After), over "
        "RetryPolicy.max_retry_after (60 s)"
    )
    assert str(error) == f"come back tomorrow (HTTP 429). {error.hint}"


async def test_the_deadline_bounds_the_whole_call(fake_clock: FakeClock, flavor: Flavor) -> None:
    policy = RetryPolicy(max_retries=100, deadline=10.0)
    client, recorder = flavor.make_client(
        answers(*[error_response(503, "down")] * 100), retry=policy
    )
    with pytest.raises(simvoly.InternalServerError):
        await resolve(GET(client))
    assert sum(fake_clock.sleeps) <= 10.0
    assert 3 <= len(recorder.requests) < 10


async def test_a_connection_failure_is_not_retried_past_the_deadline(
    fake_clock: FakeClock, flavor: Flavor
) -> None:
    policy = RetryPolicy(deadline=0.4, initial_backoff=0.5, jitter=0.0)
    client, recorder = flavor.make_client(answers(httpx.ConnectError("refused")), retry=policy)
    with pytest.raises(simvoly.APIConnectionError, match="refused") as caught:
        await resolve(GET(client))
    assert (caught.value.retries_taken, len(recorder.requests)) == (0, 1)
    assert fake_clock.sleeps == []  # the 0.5 s wait would have passed the 0.4 s deadline


async def test_a_retry_after_past_the_deadline_is_not_waited_for(
    fake_clock: FakeClock, flavor: Flavor
) -> None:
    policy = RetryPolicy(deadline=20.0)
    client, _ = flavor.make_client(
        answers(error_response(429, "wait", **{"retry-after": "30"})), retry=policy
    )
    with pytest.raises(simvoly.RateLimitError) as caught:
        await resolve(GET(client))
    assert fake_clock.sleeps == []
    assert caught.value.retry_after == 30.0
    assert caught.value.hint == (
        "Not retried: waiting 30 s would pass the call's deadline (RetryPolicy.deadline, 20 s)"
    )


async def test_a_rate_limit_error_out_of_retries_says_so_and_keeps_the_wait_asked(
    fake_clock: FakeClock, flavor: Flavor
) -> None:
    client, recorder = flavor.make_client(
        answers(*[error_response(429, "slow down", **{"retry-after-ms": "1500"})] * 3)
    )
    with pytest.raises(simvoly.RateLimitError) as caught:
        await resolve(GET(client))
    assert (len(recorder.requests), fake_clock.sleeps) == (3, [1.5, 1.5])
    error = caught.value
    assert (error.retry_after, error.retries_taken) == (1.5, 2)
    assert str(error) == "slow down (HTTP 429). Gave up after 2 retries (RetryPolicy.max_retries)"


async def test_a_rate_limit_error_without_retry_after_has_none(flavor: Flavor) -> None:
    client, _ = flavor.make_client(answers(error_response(429, "slow down")), max_retries=0)
    with pytest.raises(simvoly.RateLimitError) as caught:
        await resolve(GET(client))
    assert caught.value.retry_after is None
    assert caught.value.hint == "Not retried: RetryPolicy.max_retries is 0"


async def test_a_status_never_retried_carries_no_hint(flavor: Flavor) -> None:
    client, _ = flavor.make_client(answers(error_response(503, "down")))
    with pytest.raises(simvoly.InternalServerError) as caught:
        await resolve(PLAIN_POST(client))
    assert caught.value.hint is None  # a plain POST is not repeated: nothing to explain


async def test_attempt_timeouts_shrink_to_the_remaining_deadline(
    fake_clock: FakeClock, flavor: Flavor
) -> None:
    timeouts: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        timeouts.append(request.extensions["timeout"])
        fake_clock.now += 45  # each attempt takes 45 s of the 100 s deadline
        return error_response(503, "down")

    client, _ = flavor.make_client(
        handler, retry=RetryPolicy(max_retries=5, deadline=100.0, initial_backoff=1.0, jitter=0.0)
    )
    with pytest.raises(simvoly.InternalServerError):
        await resolve(GET(client))
    assert timeouts[0] == {"connect": 10.0, "read": 30.0, "write": 30.0, "pool": 30.0}
    assert timeouts[1] == {"connect": 10.0, "read": 30.0, "write": 30.0, "pool": 30.0}
    # 45 s + 1 s wait + 45 s + 2 s wait: 7 s of the deadline remain for the third try.
    assert timeouts[2] == {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0}
    assert len(timeouts) == 3


async def test_with_options_changes_retries_without_touching_the_original(flavor: Flavor) -> None:
    client, recorder = flavor.make_client(answers(*[error_response(500, "x")] * 10))
    no_retry = client.with_options(max_retries=0)
    with pytest.raises(simvoly.InternalServerError):
        await resolve(GET(no_retry))
    assert len(recorder.requests) == 1
    with pytest.raises(simvoly.InternalServerError):
        await resolve(GET(client))
    assert len(recorder.requests) == 4
    assert client.retry_policy.max_retries == 2
    patient = client.with_options(retry=RetryPolicy(max_retries=7))
    assert patient.retry_policy.max_retries == 7


def test_retry_after_seconds_reads_dates_relative_to_now() -> None:
    headers = httpx.Headers({"retry-after": "Thu, 01 Jan 2032 00:00:10 GMT"})
    assert retry_after_seconds(headers, now=1956528000.0) == 10.0
    assert retry_after_seconds(httpx.Headers()) is None


LOST_ANSWERS: dict[str, httpx.Response | Exception] = {
    "reset mid-response": httpx.RemoteProtocolError("peer closed connection"),
    "read timeout": httpx.ReadTimeout("no answer"),
    "503": error_response(503, "busy"),
    "500": error_response(500, "failed midway"),
}


@pytest.mark.parametrize("lost", LOST_ANSWERS.values(), ids=LOST_ANSWERS.keys())
async def test_a_retried_delete_answered_404_was_done_by_the_try_whose_answer_was_lost(
    lost: httpx.Response | Exception, caplog: pytest.LogCaptureFixture, flavor: Flavor
) -> None:
    client, recorder = flavor.make_client(answers(lost, error_response(404, "contact not found")))
    with caplog.at_level("INFO", logger="simvoly"):
        await resolve(client.contacts.delete(1))  # no NotFoundError
    assert len(recorder.requests) == 2
    assert "answered 404 on retry: deleted by an earlier try" in caplog.text


@pytest.mark.parametrize(
    ("first", "call"),
    [
        (httpx.ConnectError("refused"), DELETE),  # never sent: the 404 is the only answer
        (error_response(429, "slow down"), DELETE),  # a 429 was not carried out
        (httpx.RemoteProtocolError("peer closed connection"), GET),  # only a DELETE is done
        (error_response(503, "busy"), PUT),
    ],
    ids=["DELETE after refused", "DELETE after 429", "GET after reset", "PUT after 503"],
)
async def test_other_404s_after_a_retry_are_errors(
    first: httpx.Response | Exception, call: Call, flavor: Flavor
) -> None:
    client, recorder = flavor.make_client(answers(first, error_response(404, "contact not found")))
    with pytest.raises(simvoly.NotFoundError, match="contact not found") as caught:
        await resolve(call(client))
    assert caught.value.retries_taken == 1
    assert len(recorder.requests) == 2


async def test_a_delete_answered_404_at_once_is_an_error(flavor: Flavor) -> None:
    client, _ = flavor.make_client(answers(error_response(404, "contact not found")))
    with pytest.raises(simvoly.NotFoundError, match="contact not found"):
        await resolve(client.contacts.delete(1))

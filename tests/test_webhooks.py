"""simvoly.webhooks: signatures, typed events, unwrap(), the replay guard, the dispatcher."""

from __future__ import annotations

import json
import subprocess
import sys
import typing
from collections.abc import Callable, Mapping
from typing import Any, assert_type

import httpx
import multidict
import pytest
import starlette.datastructures
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import simvoly
from simvoly import models
from simvoly._generated.webhook_topics import TOPIC_MODELS
from simvoly.models import Booking, Contact, FormSubmittedEvent, Order, OrderStatus, Product
from simvoly.webhooks import (
    SIGNATURE_HEADER,
    SOURCE_HEADER,
    TOPIC_HEADER,
    TOPICS,
    UNSIGNED,
    Dispatcher,
    ReplayGuard,
    WebhookError,
    WebhookEvent,
    WebhookPayloadError,
    WebhookReplayError,
    WebhookVerificationError,
    _dispatch,
    _events,
    parse,
    sign,
    unwrap,
    verify,
)

from .spec import SPEC

SECRET = "whsec_test"
BODY = b'{"id":1}'
# HMAC-SHA512 of BODY keyed with SECRET, worked out independently of the SDK.
BODY_SIGNATURE = (
    "da26d1028f490ae740687762b1536906663daa926d95421e458c20b7370efdc7"
    "daac3584c0e0f4c78a44a864de0c7692c3525f4061689cdb1fa9b6cf87f93be6"
)

_SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
# The spec's example body of each topic's model.
EXAMPLES: dict[str, dict[str, Any]] = {
    topic: _SCHEMAS[model]["examples"][0] for topic, model in TOPIC_MODELS.items()
}


def delivery(topic: str, payload: Any, secret: str = SECRET) -> tuple[bytes, dict[str, str]]:
    """A delivery as Simvoly sends it: the body and its headers."""
    body = json.dumps(payload).encode()
    headers = {
        TOPIC_HEADER: topic,
        SOURCE_HEADER: "mysite.simvoly.com",
        SIGNATURE_HEADER: sign(body, secret),
    }
    return body, headers


# --- errors ---------------------------------------------------------------------------


def test_errors_are_simvoly_errors_and_value_errors() -> None:
    assert issubclass(WebhookError, simvoly.SimvolyError)
    assert issubclass(WebhookError, ValueError)
    for cls in (WebhookVerificationError, WebhookPayloadError):
        assert issubclass(cls, WebhookError)
    assert issubclass(WebhookReplayError, WebhookVerificationError)
    assert not issubclass(WebhookPayloadError, WebhookVerificationError)


def test_public_names() -> None:
    import simvoly.webhooks as webhooks

    for name in webhooks.__all__:
        assert getattr(webhooks, name) is not None
    assert set(TOPIC_MODELS) == TOPICS
    assert (TOPIC_HEADER, SOURCE_HEADER, SIGNATURE_HEADER) == (
        "X-Webhook-Topic",
        "X-Webhook-Source",
        "X-Webhook-Signature",
    )


def test_importing_webhooks_loads_no_model() -> None:
    code = (
        "import sys, simvoly.webhooks\n"
        "loaded = [m for m in sys.modules if m.startswith('simvoly._generated.models.')]\n"
        "assert loaded == [], loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603 - fixed code


# --- sign / verify --------------------------------------------------------------------


def test_sign_is_lowercase_hex_hmac_sha512() -> None:
    assert sign(BODY, SECRET) == BODY_SIGNATURE


def test_sign_refuses_an_empty_secret() -> None:
    with pytest.raises(ValueError, match="secret is empty"):
        sign(BODY, "")


@pytest.mark.parametrize("signature", [BODY_SIGNATURE, BODY_SIGNATURE.upper()])
def test_verify_accepts_the_signature_in_either_case(signature: str) -> None:
    verify(BODY, signature, SECRET)


def test_verify_keys_with_the_utf8_secret() -> None:
    verify(b"", sign(b"", "sécret"), "sécret")
    with pytest.raises(WebhookVerificationError):
        verify(b"", sign(b"", "sécret"), "secret")


@pytest.mark.parametrize(
    ("body", "signature", "secret", "reason"),
    [
        (BODY, None, SECRET, "missing or empty"),
        (BODY, "", SECRET, "missing or empty"),
        (BODY, BODY_SIGNATURE[:-1], SECRET, "128 hex digits.*got 127"),
        (BODY, BODY_SIGNATURE + "0", SECRET, "got 129"),
        (BODY, "g" * 128, SECRET, "other than hex"),
        (BODY, "é" * 128, SECRET, "other than hex"),
        (BODY, " " + BODY_SIGNATURE[1:], SECRET, "other than hex"),
        (BODY, "0" * 128, SECRET, "does not match"),
        (BODY + b" ", BODY_SIGNATURE, SECRET, "does not match"),
        (BODY, BODY_SIGNATURE, SECRET + "x", "does not match"),
        (BODY, BODY_SIGNATURE, "", "secret is empty"),
    ],
)
def test_verify_refuses(body: bytes, signature: str | None, secret: str, reason: str) -> None:
    with pytest.raises(WebhookVerificationError, match=reason) as caught:
        verify(body, signature, secret)
    message = str(caught.value)
    assert SECRET not in message
    assert BODY_SIGNATURE not in message
    assert sign(body, SECRET) not in message


def test_verify_wants_the_raw_bytes() -> None:
    with pytest.raises(TypeError, match="raw request body as bytes"):
        verify(BODY.decode(), BODY_SIGNATURE, SECRET)  # type: ignore[arg-type]  # wrong on purpose


# --- parse ----------------------------------------------------------------------------


@pytest.mark.parametrize("topic", sorted(TOPIC_MODELS))
def test_parse_gives_each_topic_its_model(topic: str) -> None:
    body = json.dumps(EXAMPLES[topic]).encode()
    event = parse(topic, body, source="mysite.simvoly.com")
    assert event.topic == topic
    assert event.source == "mysite.simvoly.com"
    assert type(event.data) is getattr(models, TOPIC_MODELS[topic])
    assert event.data.to_dict() == EXAMPLES[topic]  # type: ignore[attr-defined]  # the data's type depends on the topic


def test_parse_narrows_by_topic() -> None:
    order = parse("order_updated", json.dumps(EXAMPLES["order_updated"]))
    assert_type(order, WebhookEvent[Order])
    assert order.data.id == EXAMPLES["order_updated"]["id"]
    assert_type(parse("product_created", b'{"id": 1}'), WebhookEvent[Product])
    assert_type(parse("contact_updated", b'{"id": 1}'), WebhookEvent[Contact])
    assert_type(parse("booking_created", b'{"id": 1}'), WebhookEvent[Booking])
    form = parse("form_submitted", json.dumps(EXAMPLES["form_submitted"]))
    assert_type(form, WebhookEvent[FormSubmittedEvent])
    assert isinstance(form.data.contact, Contact)
    topic: str = "order_created"
    anything = parse(topic, b'{"id": 1}')
    assert_type(anything, WebhookEvent[object])
    assert isinstance(anything.data, Order)


def test_parse_keeps_unknown_enum_values_and_extra_fields() -> None:
    payload = {**EXAMPLES["order_created"], "status": "teleported", "newField": [1, {"a": 2}]}
    event = parse("order_created", json.dumps(payload).encode())
    assert event.data.status == "teleported"
    assert isinstance(event.data.status, OrderStatus)
    assert event.data["newField"] == [1, {"a": 2}]
    assert event.source is None


@pytest.mark.parametrize("payload", [{"id": 1, "whatever": True}, [1, "two"], "text", 3.5, None])
def test_parse_gives_the_json_of_an_unknown_topic(payload: Any) -> None:
    event = parse("invoice_paid", json.dumps(payload).encode(), source="a.example")
    assert event == WebhookEvent("invoice_paid", payload, "a.example")


@pytest.mark.parametrize(
    ("topic", "body", "reason"),
    [
        ("", b"{}", "no topic"),
        ("order_created", b"", "not valid JSON"),
        ("order_created", b"{'id': 1}", "not valid JSON"),
        ("invoice_paid", b"{", "not valid JSON"),
        ("order_created", b"[" * 100_000, "not valid JSON"),
        ("order_created", b'{"name": "\xff"}', "not UTF-8"),
        ("order_created", "{}".encode("utf-16"), "not UTF-8"),
        ("order_created", b"[]", r"must be a JSON object \(Order\), got list"),
        ("form_submitted", b'"hi"', r"JSON object \(FormSubmittedEvent\), got str"),
        (
            "order_created",
            b'{"status": "new"}',
            r"is an Order that does not match the API spec: Order\.id: expected integer, got "
            "missing$",
        ),
        ("order_created", b'{"id": "x", "status": 7}', r"Order\.id: expected integer, got string"),
    ],
)
def test_parse_refuses(topic: str, body: bytes, reason: str) -> None:
    with pytest.raises(WebhookPayloadError, match=reason):
        parse(topic, body)


@pytest.mark.parametrize(
    ("topic", "body", "reason"),
    [
        ("product_updated", b'{"id": 1, "variants": 7}', r"Product\.variants: expected array"),
        ("order_created", b'{"id": 1, "shippingAddress": 5}', r"Order\.shippingAddress: expected"),
        (
            "form_submitted",
            b'{"contact": ["x"]}',
            r"FormSubmittedEvent\.contact: expected Contact \(object\), got array",
        ),
        (
            "order_created",
            b'{"id": 1, "items": [{"id": 7, "total": "42"}]}',
            r"Order\.items\[0\]\.total: expected number, got string$",
        ),
    ],
)
def test_parse_reads_other_deviations_tolerantly_and_refuses_them_when_strict(
    topic: str, body: bytes, reason: str
) -> None:
    event = parse(topic, body)
    assert event.data.to_dict() == json.loads(body)  # type: ignore[attr-defined]  # a model
    with pytest.raises(WebhookPayloadError, match=reason):
        parse(topic, body, strict=True)


def test_parse_takes_bytes_like_bodies_and_no_other_type() -> None:
    assert parse("x", bytearray(b"[1]")).data == [1]  # type: ignore[call-overload]  # wrong on purpose
    assert parse("x", memoryview(b"[2]")).data == [2]  # type: ignore[call-overload]  # wrong on purpose
    with pytest.raises(TypeError, match="bytes or str, not dict"):
        parse("order_created", {"id": 1})  # type: ignore[call-overload]  # wrong on purpose


def test_event_is_frozen() -> None:
    event = parse("x", b"1")
    with pytest.raises(AttributeError):
        event.topic = "y"  # type: ignore[misc]  # events are frozen: assigning fails on purpose


def _event_data_types(hint: Any) -> set[Any]:
    """The X of every WebhookEvent[X] inside a type hint."""
    if typing.get_origin(hint) is WebhookEvent:
        return set(typing.get_args(hint))
    found: set[Any] = set()
    for arg in typing.get_args(hint):
        for item in arg if isinstance(arg, list) else [arg]:  # a Callable's parameters
            found |= _event_data_types(item)
    return found


@pytest.mark.parametrize("function", [parse, Dispatcher.on], ids=["parse", "Dispatcher.on"])
def test_typing_overloads_agree_with_topic_models(function: Callable[..., Any]) -> None:
    """The Literal overloads (for type checkers) say what TOPIC_MODELS (the runtime) does."""
    namespace = {
        **vars(_events),
        **vars(_dispatch),
        **{name: getattr(models, name) for name in TOPIC_MODELS.values()},
    }
    covered: dict[str, str] = {}
    for overload in typing.get_overloads(function):
        hints = typing.get_type_hints(overload, globalns=namespace)
        if hints["topic"] is str:
            assert _event_data_types(hints["return"]) == {object}
            continue
        (data_type,) = _event_data_types(hints["return"])
        for topic in typing.get_args(hints["topic"]):
            covered[topic] = data_type.__name__
    assert covered == TOPIC_MODELS


# --- unwrap ---------------------------------------------------------------------------


def _header_mappings(headers: dict[str, str]) -> list[Mapping[str, str]]:
    pairs = list(headers.items())
    return [
        dict(pairs),
        {k.lower(): v for k, v in pairs},
        {k.upper(): v for k, v in pairs},
        starlette.datastructures.Headers(raw=[(k.lower().encode(), v.encode()) for k, v in pairs]),
        multidict.CIMultiDictProxy(multidict.CIMultiDict(pairs)),
        httpx.Headers(pairs),
    ]


@pytest.mark.parametrize("index", range(6))
def test_unwrap_reads_headers_from_any_mapping(index: int) -> None:
    body, headers = delivery("order_created", EXAMPLES["order_created"])
    event = unwrap(body, _header_mappings(headers)[index], SECRET)
    assert isinstance(event.data, Order)
    assert event.data.id == EXAMPLES["order_created"]["id"]
    assert (event.topic, event.source) == ("order_created", "mysite.simvoly.com")


def test_unwrap_without_a_source_header() -> None:
    body, headers = delivery("contact_updated", EXAMPLES["contact_updated"])
    del headers[SOURCE_HEADER]
    assert unwrap(body, headers, SECRET).source is None
    headers[SOURCE_HEADER] = ""
    assert unwrap(body, headers, SECRET).source is None


def test_unwrap_checks_the_signature_before_anything_else() -> None:
    with pytest.raises(WebhookVerificationError, match="missing"):
        unwrap(b"not json", {}, SECRET)
    body, headers = delivery("order_created", {"id": 1}, secret="other")
    with pytest.raises(WebhookVerificationError, match="does not match"):
        unwrap(body, headers, SECRET)


def test_unwrap_refuses_a_genuine_body_without_a_topic() -> None:
    body, headers = delivery("order_created", {"id": 1})
    del headers[TOPIC_HEADER]
    with pytest.raises(WebhookPayloadError, match="no topic"):
        unwrap(body, headers, SECRET)


def test_unwrap_refuses_a_genuine_body_that_is_not_the_model() -> None:
    body, headers = delivery("order_created", [1, 2])
    with pytest.raises(WebhookPayloadError, match="JSON object"):
        unwrap(body, headers, SECRET)


def test_unwrap_gives_unknown_topics_their_json() -> None:
    body, headers = delivery("invoice_paid", {"invoice": 7})
    assert unwrap(body, headers, SECRET).data == {"invoice": 7}


def test_unwrap_with_a_replay_guard_refuses_the_same_delivery_twice() -> None:
    guard = ReplayGuard()
    body, headers = delivery("order_created", {"id": 1})
    unwrap(body, headers, SECRET, replay_guard=guard)
    with pytest.raises(WebhookReplayError, match="already received"):
        unwrap(body, headers, SECRET, replay_guard=guard)
    # The same signature in capitals is the same delivery.
    headers[SIGNATURE_HEADER] = headers[SIGNATURE_HEADER].upper()
    with pytest.raises(WebhookReplayError):
        unwrap(body, headers, SECRET, replay_guard=guard)
    # A forgery is refused as such, and not remembered.
    with pytest.raises(WebhookVerificationError) as caught:
        unwrap(b"{}", {SIGNATURE_HEADER: "0" * 128}, SECRET, replay_guard=guard)
    assert not isinstance(caught.value, WebhookReplayError)
    assert len(guard) == 1


def unsigned(topic: str, payload: Any) -> tuple[bytes, dict[str, str]]:
    """A delivery of a webhook created without a secret: no X-Webhook-Signature."""
    body, headers = delivery(topic, payload)
    del headers[SIGNATURE_HEADER]
    return body, headers


def test_unsigned_deliveries_are_accepted_only_with_unsigned() -> None:
    body, headers = unsigned("order_created", EXAMPLES["order_created"])
    event = unwrap(body, headers, UNSIGNED, strict=True)
    assert isinstance(event.data, Order)
    assert repr(UNSIGNED) == "UNSIGNED"
    # A secret that is not there (an unset environment variable, an empty string)
    # refuses every delivery, signed or not: it never turns verification off.
    for secret in (None, ""):
        with pytest.raises(WebhookVerificationError, match=r"secret is empty.*UNSIGNED"):
            unwrap(body, headers, secret)  # type: ignore[arg-type]  # None on purpose
        with pytest.raises(WebhookVerificationError, match="secret is empty"):
            unwrap(*delivery("order_created", {"id": 1}), secret)  # type: ignore[arg-type]


def test_unsigned_refuses_a_signed_delivery_and_a_decoded_body() -> None:
    body, headers = delivery("order_created", {"id": 1})
    with pytest.raises(WebhookVerificationError, match="has a secret: pass that secret"):
        unwrap(body, headers, UNSIGNED)
    body, headers = unsigned("order_created", {"id": 1})
    with pytest.raises(TypeError, match="raw request body as bytes"):
        unwrap(body.decode(), headers, UNSIGNED)  # type: ignore[arg-type]  # str on purpose


def test_unsigned_deliveries_are_told_apart_by_their_body_for_the_replay_guard() -> None:
    guard = ReplayGuard()
    first, headers = unsigned("order_created", {"id": 1})
    unwrap(first, headers, UNSIGNED, replay_guard=guard)
    with pytest.raises(WebhookReplayError):
        unwrap(first, headers, UNSIGNED, replay_guard=guard)
    second, headers = unsigned("order_created", {"id": 2})
    unwrap(second, headers, UNSIGNED, replay_guard=guard)
    assert len(guard) == 2


def test_unsigned_survives_pickling_as_the_same_value() -> None:
    import pickle

    assert pickle.loads(pickle.dumps(UNSIGNED)) is UNSIGNED  # noqa: S301 - our own bytes


# --- ReplayGuard ----------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


def test_replay_guard_forgets_after_the_window() -> None:
    clock = Clock()
    guard = ReplayGuard(window=60, clock=clock)
    guard.check("a")
    clock.now += 59.5
    with pytest.raises(
        WebhookReplayError, match=r"already received 60 s ago \(replay window: 60 s\)"
    ):
        guard.check("a")
    guard.check("b")
    clock.now += 0.5  # "a" is 60 s old now: forgotten
    guard.check("a")
    assert len(guard) == 2
    clock.now += 1000
    guard.check("c")
    assert len(guard) == 1


def test_replay_guard_memory_is_bounded() -> None:
    guard = ReplayGuard(max_entries=3, clock=Clock())
    for key in "abcd":
        guard.check(key)
    assert len(guard) == 3
    guard.check("a")  # the oldest was forgotten early
    with pytest.raises(WebhookReplayError):
        guard.check("d")


@pytest.mark.parametrize(
    ("window", "max_entries", "reason"),
    [(0, 10, "window"), (-1, 10, "window"), (float("nan"), 10, "window"), (1, 0, "max_entries")],
)
def test_replay_guard_checks_its_settings(window: float, max_entries: int, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        ReplayGuard(window, max_entries)


def test_replay_guard_defaults() -> None:
    guard = ReplayGuard()
    assert (guard.window, guard.max_entries) == (300, 10_000)


# --- Dispatcher -----------------------------------------------------------------------


async def test_dispatcher_runs_the_handlers_of_the_topic_in_order() -> None:
    dispatcher = Dispatcher()
    seen: list[tuple[str, object]] = []

    @dispatcher.on("order_created")
    async def first(event: WebhookEvent[Order]) -> None:
        seen.append(("first", event.data.id))

    @dispatcher.on("order_created")
    @dispatcher.on("order_updated")
    async def second(event: WebhookEvent[object]) -> str:
        seen.append(("second", event.topic))
        return "ignored"

    @dispatcher.on("form_submitted")
    async def form(event: WebhookEvent[FormSubmittedEvent]) -> None:
        seen.append(("form", event.data.form_name))

    body, headers = delivery("order_created", {"id": 9})
    assert await dispatcher.dispatch(unwrap(body, headers, SECRET)) is True
    assert await dispatcher.dispatch(parse("order_updated", b'{"id": 1}')) is True
    assert await dispatcher.dispatch(parse("form_submitted", b'{"formName": "F"}')) is True
    assert seen == [
        ("first", 9),
        ("second", "order_created"),
        ("second", "order_updated"),
        ("form", "F"),
    ]


async def test_dispatcher_sends_other_events_to_the_fallback() -> None:
    dispatcher = Dispatcher()
    seen: list[str] = []

    @dispatcher.on("booking_created")
    async def booking(event: WebhookEvent[Booking]) -> None:
        seen.append("booking")

    assert await dispatcher.dispatch(parse("invoice_paid", b"{}")) is False
    assert await dispatcher.dispatch(parse("contact_updated", b'{"id": 1}')) is False

    @dispatcher.fallback
    async def other(event: WebhookEvent[object]) -> None:
        seen.append(event.topic)

    assert await dispatcher.dispatch(parse("invoice_paid", b"{}")) is True
    assert await dispatcher.dispatch(parse("contact_updated", b'{"id": 1}')) is True
    assert await dispatcher.dispatch(parse("booking_created", b'{"id": 1}')) is True
    assert seen == ["invoice_paid", "contact_updated", "booking"]


def test_dispatcher_refuses_unknown_topics_at_registration() -> None:
    with pytest.raises(ValueError, match="'order_craeted'; the topics are: order_created, "):
        Dispatcher().on("order_craeted")  # type: ignore[call-overload]  # wrong on purpose


def test_dispatcher_takes_one_fallback() -> None:
    dispatcher = Dispatcher()

    async def handler(event: WebhookEvent[object]) -> None: ...

    assert dispatcher.fallback(handler) is handler
    with pytest.raises(ValueError, match="already has a fallback"):
        dispatcher.fallback(handler)


async def test_dispatcher_lets_a_handlers_exception_through() -> None:
    dispatcher = Dispatcher()
    ran: list[str] = []

    @dispatcher.on("product_created")
    async def broken(event: WebhookEvent[Product]) -> None:
        raise RuntimeError("boom")

    @dispatcher.on("product_created")
    async def later(event: WebhookEvent[Product]) -> None:
        ran.append("later")  # pragma: no cover - never runs

    with pytest.raises(RuntimeError, match="boom"):
        await dispatcher.dispatch(parse("product_created", b'{"id": 1}'))
    assert ran == []


# --- registering a webhook ------------------------------------------------------------


async def test_creating_a_webhook_checks_the_events_before_sending() -> None:
    def no_request(request: httpx.Request) -> httpx.Response:
        pytest.fail(f"unexpected request: {request.method} {request.url}")

    http = httpx.AsyncClient(transport=httpx.MockTransport(no_request))
    client = simvoly.AsyncSimvoly("key", base_url="https://x.test/api/site", http_client=http)
    async with http, client:
        with pytest.raises(ValueError, match="nope"):
            await client.webhooks.create(
                target="https://example.com/hook", events=["nope"], secret=SECRET
            )


# --- properties -----------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
topics = st.sampled_from([*sorted(TOPIC_MODELS), "invoice_paid"])
PROPERTY_SETTINGS = settings(
    deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow]
)


@st.composite
def mangled_examples(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """A topic's example body with some of its fields (the model's own) set to any JSON."""
    topic = draw(st.sampled_from(sorted(TOPIC_MODELS)))
    payload = dict(EXAMPLES[topic])
    keys = sorted(_SCHEMAS[TOPIC_MODELS[topic]]["properties"])
    for key in draw(st.lists(st.sampled_from(keys), max_size=4)):
        payload[key] = draw(json_values)
    return topic, payload


def _parses_or_refuses(topic: str, body: bytes | str) -> None:
    try:
        event = parse(topic, body)
    except WebhookError:
        return
    assert event.topic == topic


@PROPERTY_SETTINGS
@given(topic=topics, value=json_values)
def test_any_json_parses_or_is_a_webhook_error(topic: str, value: Any) -> None:
    _parses_or_refuses(topic, json.dumps(value))


@PROPERTY_SETTINGS
@given(example=mangled_examples())
def test_any_field_value_parses_or_is_a_webhook_error(example: tuple[str, dict[str, Any]]) -> None:
    topic, payload = example
    _parses_or_refuses(topic, json.dumps(payload).encode())


@PROPERTY_SETTINGS
@given(topic=topics, body=st.binary(max_size=64))
def test_any_bytes_parse_or_are_a_webhook_error(topic: str, body: bytes) -> None:
    _parses_or_refuses(topic, body)


@PROPERTY_SETTINGS
@given(body=st.binary(), secret=st.text(min_size=1), other=st.binary())
def test_sign_and_verify_round_trip(body: bytes, secret: str, other: bytes) -> None:
    signature = sign(body, secret)
    verify(body, signature, secret)
    verify(body, signature.upper(), secret)
    if other != body:
        with pytest.raises(WebhookVerificationError, match="does not match"):
            verify(other, signature, secret)

"""`simvoly webhooks send-test`: a signed sample delivery a receiver verifies."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from simvoly._generated.webhook_topics import TOPIC_EXAMPLES, TOPIC_MODELS
from simvoly.testing import API_ROOT
from simvoly.webhooks import UNSIGNED, WebhookError, WebhookEvent, unwrap

from .conftest import run, serving

SECRET = "a-long-random-secret"


class Receiver:
    """An ASGI webhook receiver: verifies each delivery with `simvoly.webhooks.unwrap`
    (401 when not authentic, 400 when not an event) and keeps the events."""

    def __init__(self, secret: Any) -> None:
        self.secret = secret
        self.events: list[WebhookEvent[Any]] = []
        self.headers: list[dict[str, str]] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode(): v.decode() for k, v in scope["headers"]}
        self.headers.append(headers)
        answer: dict[str, Any]
        try:
            self.events.append(unwrap(body, headers, self.secret))
            status, answer = 200, {"ok": True}
        except WebhookError as error:
            status = 401 if "signature" in str(error).lower() else 400
            answer = {"error": str(error)}
        payload = json.dumps(answer).encode()
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": payload})


@pytest.fixture
def receiver() -> Receiver:
    return Receiver(SECRET)


@pytest.fixture
def hook_url(receiver: Receiver) -> Iterator[str]:
    with serving(receiver) as url:
        yield url.removesuffix(API_ROOT) + "/webhooks/simvoly"


def test_a_signed_sample_is_verified_by_the_receiver(receiver: Receiver, hook_url: str) -> None:
    result = run("webhooks", "send-test", "order_created", "--to", hook_url, "--secret", SECRET)
    assert result.code == 0, result.err
    body = json.dumps(TOPIC_EXAMPLES["order_created"], separators=(",", ":")).encode()
    assert result.out == (
        f"POST {hook_url}: order_created, {len(body):,} bytes, signed with HMAC-SHA512\n"
        '200 OK\n{"ok": true}\n'
    )
    (event,) = receiver.events
    assert event.topic == "order_created"
    assert type(event.data).__name__ == TOPIC_MODELS["order_created"]
    assert event.data.to_dict() == TOPIC_EXAMPLES["order_created"]
    assert event.source == "mysite.simvoly.com"
    assert SECRET not in result.out + result.err


@pytest.mark.parametrize("topic", sorted(TOPIC_EXAMPLES))
def test_every_topic_has_a_sample_its_receiver_reads(
    cli: Any, receiver: Receiver, hook_url: str, topic: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIMVOLY_WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("SIMVOLY_SITE_URL", "https://shop.example.com")
    assert cli("webhooks", "send-test", topic, "--to", hook_url).code == 0
    (event,) = receiver.events
    assert event.topic == topic
    assert receiver.headers[0]["x-webhook-source"] == "shop.example.com"


@pytest.mark.parametrize(
    "site", ["shop.example.com", "shop.example.com/", "https://shop.example.com"]
)
def test_the_source_is_the_sites_host_however_the_site_url_is_written(
    cli: Any, receiver: Receiver, hook_url: str, site: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIMVOLY_SITE_URL is read as the clients read it: a site without a scheme is https."""
    monkeypatch.setenv("SIMVOLY_WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("SIMVOLY_SITE_URL", site)
    assert cli("webhooks", "send-test", "contact_updated", "--to", hook_url).code == 0
    assert receiver.headers[0]["x-webhook-source"] == "shop.example.com"


def test_a_wrong_secret_is_refused_by_the_receiver(cli: Any, hook_url: str) -> None:
    result = cli("webhooks", "send-test", "contact_updated", "--to", hook_url, "--secret", "nope")
    assert result.code == 1
    assert "401 Unauthorized" in result.out
    assert result.err == "simvoly: the receiver answered 401, not 2xx\n"


def test_an_unsigned_delivery(cli: Any) -> None:
    receiver = Receiver(UNSIGNED)
    with serving(receiver) as url:
        hook = url.removesuffix(API_ROOT) + "/hook"
        result = cli("webhooks", "send-test", "booking_created", "--to", hook, "--unsigned",
                     "--source", "my.site")  # fmt: skip
    assert result.code == 0, result.out
    assert "unsigned" in result.out.splitlines()[0]
    assert "x-webhook-signature" not in receiver.headers[0]
    assert receiver.headers[0]["x-webhook-source"] == "my.site"


def test_a_long_answer_is_cut(cli: Any) -> None:
    async def chatty(scope: Any, receive: Any, send: Any) -> None:
        await receive()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"x" * 5000})

    with serving(chatty) as url:
        result = cli("webhooks", "send-test", "order_updated", "--to", url, "--unsigned")
    assert result.out.splitlines()[2] == "x" * 2000 + "..."


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--to", "http://localhost:1/h"], "no secret: pass --secret"),
        (["--to", "http://localhost:1/h", "--secret", "s", "--unsigned"], "pass --secret (or set"),
        (["--to", "ftp://localhost/h", "--secret", "s"], "--to must be an http(s) URL"),
        (
            ["--to", "https://hooks.example.com/h", "--secret", "s"],
            "hooks.example.com is not this machine",
        ),
        (["--to", "http://127.0.0.1:9/h", "--secret", "s"], "http://127.0.0.1:9/h: ConnectError"),
    ],
)
def test_refusals_and_failures_are_one_line(cli: Any, arguments: list[str], message: str) -> None:
    result = cli("webhooks", "send-test", "order_created", *arguments)
    assert result.code == 2
    assert result.err.startswith(f"simvoly: error: {message}")
    assert result.err.count("\n") == 1
    assert result.out == ""


def test_a_remote_receiver_when_allowed(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[Any] = []

    async def post(self: Any, url: str, **kwargs: Any) -> Any:
        import httpx

        sent.append(url)
        return httpx.Response(204, request=httpx.Request("POST", url))

    monkeypatch.setattr("httpx.AsyncClient.post", post)
    result = cli("webhooks", "send-test", "order_created", "--to", "https://hooks.example.com/h",
                 "--secret", "s", "--allow-remote")  # fmt: skip
    assert result.code == 0
    assert sent == ["https://hooks.example.com/h"]
    assert result.out.splitlines()[1:] == ["204 No Content"]

"""Secrets stay secret: the API key and webhook secrets appear in no log line at any
level (the SDK's, httpx's or httpcore's), no repr, no exception and no traceback."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

import simvoly
from simvoly import AsyncSimvoly
from simvoly.webhooks import sign, unwrap

from .faultserver import fault_server, never_answer, reply, reset_mid_response, unused_port

API_KEY = "sk-live-THE-KEY-4f9a8b7c6d5e"
SECRET = "whsec-THE-SECRET-0a1b2c3d"


def everything(error: BaseException) -> str:
    """All the text an exception can show: str, repr, attributes and full traceback."""
    parts = [str(error), repr(error), "".join(traceback.format_exception(error))]
    for name, value in vars(error).items():
        parts += [name, repr(value), str(value)]
    return "\n".join(parts)


async def test_the_key_and_secrets_never_leak(caplog: pytest.LogCaptureFixture) -> None:
    seen: list[str] = []
    script = [
        reply(401, {"success": False, "message": "Invalid API key"}),
        reset_mid_response(),
        never_answer(),
        reply(200, raw=b"<html>oops</html>", content_type="text/html"),
        reply(
            200,
            {
                "id": "rh_1",
                "target": "https://example.com/h",
                "secret": SECRET,
                "events": ["order_created"],
            },
        ),
        reply(200, [{"id": "rh_1", "secret": SECRET, "events": []}]),
    ]
    with caplog.at_level(logging.DEBUG):  # every logger, every level
        async with fault_server(*script) as server:
            client = AsyncSimvoly(
                API_KEY, base_url=server.base_url, user_agent="Sec/1", timeout=0.2, max_retries=0
            )
            calls: list[Callable[[], Awaitable[Any]]] = [
                lambda: client.contacts.get(1),  # 401
                lambda: client.contacts.get(2),  # reset mid-response
                lambda: client.contacts.get(3),  # read timeout
                lambda: client.contacts.get(4),  # not JSON
            ]
            for call in calls:
                with pytest.raises(simvoly.SimvolyError) as caught:
                    await call()
                seen.append(everything(caught.value))
            hook = await client.webhooks.create(
                "https://example.com/h", ["order_created"], secret=SECRET
            )
            hooks = await client.webhooks.list()
            seen += [
                repr(hook),
                str(hook),
                repr(hooks),
                repr(client),
                repr(client.with_options(timeout=1)),
                repr(client.webhooks),
                repr(client.contacts.list()),
            ]
            await client.aclose()
        refused = AsyncSimvoly(API_KEY, base_url=f"http://127.0.0.1:{unused_port()}", max_retries=1)
        with pytest.raises(simvoly.APIConnectionError) as caught:
            await refused.webhooks.list()
        seen.append(everything(caught.value))
        body = b'{"id": 1}'
        for signature in (None, "", "zz", "0" * 128, sign(body, "other-secret")):
            headers: dict[str, Any] = {"X-Webhook-Topic": "order_created"}
            if signature is not None:
                headers["X-Webhook-Signature"] = signature
            with pytest.raises(simvoly.WebhookVerificationError) as bad:
                unwrap(body, headers, SECRET)
            seen.append(everything(bad.value))
    assert hook.secret == SECRET  # the value is there to use, just never shown
    assert len(caplog.records) > 5  # the SDK and httpx/httpcore did log
    text = "\n".join(seen) + caplog.text
    assert API_KEY not in text
    assert SECRET not in text
    assert sign(body, SECRET) not in text  # nor the signature a forger would need

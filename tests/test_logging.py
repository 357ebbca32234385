"""The `simvoly` logger: off by default, SIMVOLY_LOG turns it on, and it never logs the key."""

from __future__ import annotations

import logging

import pytest

import simvoly
from simvoly import _logging

from .conftest import API_KEY, error_response, json_response, make_client


@pytest.fixture
def fresh_logging(monkeypatch: pytest.MonkeyPatch) -> logging.Logger:
    """Let setup_logging() run again, and undo what it does to the logger."""
    logger = logging.getLogger("simvoly")
    monkeypatch.setattr(_logging, "_configured", False)
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "level", logging.NOTSET)
    return logger


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), ("INFO", logging.INFO)])
def test_simvoly_log_turns_logging_on(
    value: str, level: int, fresh_logging: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIMVOLY_LOG", value)
    make_client(lambda _: json_response([]))
    assert fresh_logging.level == level
    assert len(fresh_logging.handlers) == 1
    make_client(lambda _: json_response([]))  # once per process: no second handler
    assert len(fresh_logging.handlers) == 1


@pytest.mark.parametrize("value", ["", "nonsense"])
def test_logging_stays_off_otherwise(
    value: str, fresh_logging: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIMVOLY_LOG", value)
    make_client(lambda _: json_response([]))
    assert fresh_logging.handlers == []


async def test_debug_logs_requests_and_retries_without_the_key(
    caplog: pytest.LogCaptureFixture,
) -> None:
    answers = iter([error_response(503, "busy"), json_response({"id": 1})])
    client, _ = make_client(lambda _: next(answers))
    failing, _ = make_client(lambda _: error_response(404, "gone"))
    with caplog.at_level(logging.DEBUG):
        await client.contacts.get(1)
        with pytest.raises(simvoly.NotFoundError):
            await failing.contacts.get(2)
    text = caplog.text
    assert (
        "GET https://mysite.simvoly.com/api/site/contacts/1 (operation get_contact, try 1)" in text
    )
    assert "answered 503" in text
    assert "retrying get_contact in" in text
    assert "after HTTP 503" in text
    assert API_KEY not in text
    assert "Bearer" not in text

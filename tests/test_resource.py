"""The argument checks every generated resource method uses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from simvoly._call import Call
from simvoly._generated.operations import OPERATIONS
from simvoly._resource import (
    check_required,
    coerce_enum,
    coerce_enum_list,
    to_timestamp,
)
from simvoly.models import OrderStatusUpdate, WebhookTopic

from .conftest import json_response, make_client


def test_the_member_filter_has_the_other_name_of_the_spec() -> None:
    # openapi.yaml: groupId with x-simvoly-also-sent-as [group_id] (the sources disagree).
    aliased = {op_id: op.query_aliases for op_id, op in OPERATIONS.items() if op.query_aliases}
    assert aliased == {"list_members": {"groupId": ("group_id",)}}


async def test_a_filter_is_sent_under_each_of_its_names_and_only_when_given() -> None:
    page = {"items": [], "totalCount": 0, "limit": 50, "skip": 0}
    client, recorder = make_client(lambda _: json_response(page))
    await client.members.list(group_id=12)
    await client.members.list()
    await client.contacts.list(created_at_min=5)
    sent = [dict(request.url.params) for request in recorder.requests]
    assert sent == [
        {"groupId": "12", "group_id": "12", "limit": "50", "skip": "0"},
        {"limit": "50", "skip": "0"},
        {"created_at_min": "5", "limit": "50", "skip": "0"},
    ]


def test_aliases_leave_other_requests_as_they_are() -> None:
    members = OPERATIONS["list_members"]
    request = {"method": "GET", "url": "/members", "params": {"groupId": 3}}
    assert Call.of(members, request, None).params == {"groupId": 3, "group_id": 3}
    assert request["params"] == {"groupId": 3}  # not changed in place
    assert Call.of(members, {"method": "GET", "url": "/members"}, None).params == {}
    params = {"created_at_min": 5}
    other = {"method": "GET", "url": "/orders", "params": params}
    assert Call.of(OPERATIONS["list_orders"], other, None).params is params


@pytest.mark.parametrize("value", ["x", 0, False, ["a"], (1,), {"k": 1}])
def test_check_required_passes_real_values_through(value: Any) -> None:
    assert check_required("field", value) is value


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (None, "field is required"),
        ("", "field must not be empty"),
        ("  \t", "field must not be empty"),
        ([], "field must not be empty"),
        ((), "field must not be empty"),
    ],
)
def test_check_required_refuses_missing_values(value: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        check_required("field", value)


@pytest.mark.parametrize("value", ["shipped", "SHIPPED", "Shipped", OrderStatusUpdate.SHIPPED])
def test_coerce_enum_matches_any_case(value: Any) -> None:
    assert coerce_enum("status", value, OrderStatusUpdate) is OrderStatusUpdate.SHIPPED


@pytest.mark.parametrize("value", ["lost", "", 3, None, OrderStatusUpdate("REFUNDED")])
def test_coerce_enum_refuses_values_the_spec_does_not_list(value: Any) -> None:
    with pytest.raises(ValueError, match=r"status must be one of 'ARCHIVED', 'CANCELED'"):
        coerce_enum("status", value, OrderStatusUpdate)


def test_coerce_enum_list() -> None:
    assert coerce_enum_list("events", ("order_created", "BOOKING_CREATED"), WebhookTopic) == [
        WebhookTopic.ORDER_CREATED,
        WebhookTopic.BOOKING_CREATED,
    ]
    with pytest.raises(ValueError, match=r"events\[1\] must be one of"):
        coerce_enum_list("events", ["order_created", "nope"], WebhookTopic)
    for bad in ("order_created", {"order_created"}, 7):
        with pytest.raises(ValueError, match="events must be a list"):
            coerce_enum_list("events", bad, WebhookTopic)  # type: ignore[arg-type]  # wrong on purpose


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, 0),
        (1573251649, 1573251649),
        (datetime(2019, 11, 8, 22, 20, 49, tzinfo=UTC), 1573251649),
        (datetime(2019, 11, 9, 0, 20, 49, tzinfo=timezone(timedelta(hours=2))), 1573251649),
        (datetime(2019, 11, 8, 22, 20, 49, 999_999, tzinfo=UTC), 1573251649),
    ],
)
def test_to_timestamp(value: int | datetime, expected: int) -> None:
    assert to_timestamp("created_at_min", value) == expected


@pytest.mark.parametrize("value", [-1, True, 1.5, "1573251649", None])
def test_to_timestamp_refuses_non_timestamps(value: Any) -> None:
    with pytest.raises(ValueError, match="created_at_min must be seconds since the Unix epoch"):
        to_timestamp("created_at_min", value)


def test_to_timestamp_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError, match="naive datetime"):
        to_timestamp("to", datetime(2020, 1, 1))


def test_the_old_name_of_webhook_topic_still_works_and_warns() -> None:
    import simvoly.models

    with pytest.warns(DeprecationWarning, match=r"simvoly\.models\.WebhookEvent is now") as caught:
        from simvoly.models import WebhookEvent  # the old name
    assert WebhookEvent is WebhookTopic
    assert "simvoly.webhooks.WebhookEvent, a parsed delivery, stays" in str(caught[0].message)
    assert caught[0].filename == __file__  # the warning points at the caller's line
    assert "WebhookEvent" not in simvoly.models.__all__  # `import *` does not warn
    assert "WebhookTopic" in simvoly.models.__all__

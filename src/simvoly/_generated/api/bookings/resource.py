"""The `bookings` resource: `client.bookings`, async and sync.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

# Annotations say `builtins.list`: inside the classes, `list` is a resource method.
from collections.abc import Mapping
from datetime import datetime
from functools import cached_property
from typing import Any

import httpx

from simvoly._call import Call
from simvoly._resource import (
    AsyncAPIResource,
    AsyncPaginator,
    SyncAPIResource,
    SyncPaginator,
    async_raw_pages,
    request_options,
    sync_raw_pages,
    to_timestamp,
)
from simvoly._tolerance import PageData

from ...models.booking import Booking
from ...types import UNSET
from . import list_bookings

__all__ = ["Bookings", "BookingsWithRawResponse", "SyncBookings", "SyncBookingsWithRawResponse"]


class Bookings(AsyncAPIResource):
    """Access the details of all scheduled events via the booking features of each website or funnel."""

    @cached_property
    def with_raw_response(self) -> BookingsWithRawResponse:
        """These methods, returning the raw answer (`simvoly.RawResponse`)."""
        return BookingsWithRawResponse(self)

    def list(
        self,
        *,
        from_: int | datetime | None = None,
        to: int | datetime | None = None,
        event_id: int | None = None,
        limit: int | None = None,
        skip: int = 0,
        concurrency: int = 1,
        max_items: int | None = None,
        resume: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | bool] | None = None,
    ) -> AsyncPaginator[Booking]:
        """List bookings.

        Get a paginated list of booked sessions in the website / funnel.

        `GET /bookings` (operation `list_bookings`).

        Args:
            from_: List only bookings starting after the specified timestamp (inclusive, in
                seconds since the Unix epoch).
            to: List only bookings starting before the specified timestamp (inclusive, in
                seconds since the Unix epoch).
            event_id: List only bookings with the selected event id.
            limit: Page size, 1..50; walking every item uses 50 unless set.
            skip: The offset to start from.
            concurrency: How many pages to fetch ahead while iterating (items stay in order).
            max_items: Stop iterating after this many items.
            resume: A `checkpoint()` of an earlier walk of this list with the same filters:
                walk on after the last item it handed out (instead of `skip`).
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.
            extra_query: Query parameters to send with this call's requests.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[PageData[Booking]] = Call.of(
            list_bookings.OPERATION,
            list_bookings.build_request(
                from_=UNSET if from_ is None else to_timestamp("from_", from_),
                to=UNSET if to is None else to_timestamp("to", to),
                event_id=UNSET if event_id is None else event_id,
            ),
            list_bookings.parse_response,
        )
        return AsyncPaginator(
            self._client,
            call,
            request_options(timeout, max_retries, extra_headers, extra_query),
            limit=limit,
            skip=skip,
            concurrency=concurrency,
            max_items=max_items,
            resume=resume,
        )


class BookingsWithRawResponse:
    """`client.bookings.with_raw_response`: the same methods, returning the
    raw answer (`simvoly.RawResponse`: status, headers, request, retries, elapsed time)
    with the result one `parse()` away. Lists return their first page's answer."""

    def __init__(self, resource: Bookings) -> None:
        self.list = async_raw_pages(resource.list)


class SyncBookings(SyncAPIResource):
    """Access the details of all scheduled events via the booking features of each website or funnel."""

    @cached_property
    def with_raw_response(self) -> SyncBookingsWithRawResponse:
        """These methods, returning the raw answer (`simvoly.RawResponse`)."""
        return SyncBookingsWithRawResponse(self)

    def list(
        self,
        *,
        from_: int | datetime | None = None,
        to: int | datetime | None = None,
        event_id: int | None = None,
        limit: int | None = None,
        skip: int = 0,
        concurrency: int = 1,
        max_items: int | None = None,
        resume: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | bool] | None = None,
    ) -> SyncPaginator[Booking]:
        """List bookings.

        Get a paginated list of booked sessions in the website / funnel.

        `GET /bookings` (operation `list_bookings`).

        Args:
            from_: List only bookings starting after the specified timestamp (inclusive, in
                seconds since the Unix epoch).
            to: List only bookings starting before the specified timestamp (inclusive, in
                seconds since the Unix epoch).
            event_id: List only bookings with the selected event id.
            limit: Page size, 1..50; walking every item uses 50 unless set.
            skip: The offset to start from.
            concurrency: How many pages to fetch ahead while iterating (items stay in order).
            max_items: Stop iterating after this many items.
            resume: A `checkpoint()` of an earlier walk of this list with the same filters:
                walk on after the last item it handed out (instead of `skip`).
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.
            extra_query: Query parameters to send with this call's requests.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[PageData[Booking]] = Call.of(
            list_bookings.OPERATION,
            list_bookings.build_request(
                from_=UNSET if from_ is None else to_timestamp("from_", from_),
                to=UNSET if to is None else to_timestamp("to", to),
                event_id=UNSET if event_id is None else event_id,
            ),
            list_bookings.parse_response,
        )
        return SyncPaginator(
            self._client,
            call,
            request_options(timeout, max_retries, extra_headers, extra_query),
            limit=limit,
            skip=skip,
            concurrency=concurrency,
            max_items=max_items,
            resume=resume,
        )


class SyncBookingsWithRawResponse:
    """`client.bookings.with_raw_response`: the same methods, returning the
    raw answer (`simvoly.RawResponse`: status, headers, request, retries, elapsed time)
    with the result one `parse()` away. Lists return their first page's answer."""

    def __init__(self, resource: SyncBookings) -> None:
        self.list = sync_raw_pages(resource.list)

"""The `form_submissions` resource: `client.form_submissions`, async and sync.

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

from ...models.form_submission import FormSubmission
from ...types import UNSET
from . import list_form_submissions

__all__ = [
    "FormSubmissions",
    "FormSubmissionsWithRawResponse",
    "SyncFormSubmissions",
    "SyncFormSubmissionsWithRawResponse",
]


class FormSubmissions(AsyncAPIResource):
    """Messages submitted through the website's forms."""

    @cached_property
    def with_raw_response(self) -> FormSubmissionsWithRawResponse:
        """These methods, returning the raw answer (`simvoly.RawResponse`)."""
        return FormSubmissionsWithRawResponse(self)

    def list(
        self,
        *,
        from_: int | datetime | None = None,
        to: int | datetime | None = None,
        limit: int | None = None,
        skip: int = 0,
        concurrency: int = 1,
        max_items: int | None = None,
        resume: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | bool] | None = None,
    ) -> AsyncPaginator[FormSubmission]:
        """List form submissions.

        Get a paginated list of all form submissions in the website.

        `GET /form-submissions` (operation `list_form_submissions`).

        Args:
            from_: List only form submissions created after the specified timestamp
                (inclusive, in seconds since the Unix epoch).
            to: List only form submissions created before the specified timestamp
                (inclusive, in seconds since the Unix epoch).
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
        call: Call[PageData[FormSubmission]] = Call.of(
            list_form_submissions.OPERATION,
            list_form_submissions.build_request(
                from_=UNSET if from_ is None else to_timestamp("from_", from_),
                to=UNSET if to is None else to_timestamp("to", to),
            ),
            list_form_submissions.parse_response,
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


class FormSubmissionsWithRawResponse:
    """`client.form_submissions.with_raw_response`: the same methods, returning the
    raw answer (`simvoly.RawResponse`: status, headers, request, retries, elapsed time)
    with the result one `parse()` away. Lists return their first page's answer."""

    def __init__(self, resource: FormSubmissions) -> None:
        self.list = async_raw_pages(resource.list)


class SyncFormSubmissions(SyncAPIResource):
    """Messages submitted through the website's forms."""

    @cached_property
    def with_raw_response(self) -> SyncFormSubmissionsWithRawResponse:
        """These methods, returning the raw answer (`simvoly.RawResponse`)."""
        return SyncFormSubmissionsWithRawResponse(self)

    def list(
        self,
        *,
        from_: int | datetime | None = None,
        to: int | datetime | None = None,
        limit: int | None = None,
        skip: int = 0,
        concurrency: int = 1,
        max_items: int | None = None,
        resume: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | bool] | None = None,
    ) -> SyncPaginator[FormSubmission]:
        """List form submissions.

        Get a paginated list of all form submissions in the website.

        `GET /form-submissions` (operation `list_form_submissions`).

        Args:
            from_: List only form submissions created after the specified timestamp
                (inclusive, in seconds since the Unix epoch).
            to: List only form submissions created before the specified timestamp
                (inclusive, in seconds since the Unix epoch).
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
        call: Call[PageData[FormSubmission]] = Call.of(
            list_form_submissions.OPERATION,
            list_form_submissions.build_request(
                from_=UNSET if from_ is None else to_timestamp("from_", from_),
                to=UNSET if to is None else to_timestamp("to", to),
            ),
            list_form_submissions.parse_response,
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


class SyncFormSubmissionsWithRawResponse:
    """`client.form_submissions.with_raw_response`: the same methods, returning the
    raw answer (`simvoly.RawResponse`: status, headers, request, retries, elapsed time)
    with the result one `parse()` away. Lists return their first page's answer."""

    def __init__(self, resource: SyncFormSubmissions) -> None:
        self.list = sync_raw_pages(resource.list)

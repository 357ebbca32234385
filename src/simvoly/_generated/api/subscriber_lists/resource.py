"""The `subscriber_lists` resource: `client.subscriber_lists`, async and sync.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

# Annotations say `builtins.list`: inside the classes, `list` is a resource method.
import builtins
from collections.abc import Mapping
from functools import cached_property

import httpx

from simvoly._call import Call
from simvoly._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw,
    check_path_param,
    check_required,
    request_options,
    sync_raw,
)

from ...models.subscriber_list import SubscriberList
from ...models.subscriber_list_input import SubscriberListInput
from . import (
    create_subscriber_list,
    delete_subscriber_list,
    get_subscriber_list,
    list_subscriber_lists,
    update_subscriber_list,
)

__all__ = [
    "SubscriberLists",
    "SubscriberListsWithRawResponse",
    "SyncSubscriberLists",
    "SyncSubscriberListsWithRawResponse",
]


class SubscriberLists(AsyncAPIResource):
    """Subscriber lists for email marketing purposes."""

    @cached_property
    def with_raw_response(self) -> SubscriberListsWithRawResponse:
        """These methods, returning the raw answer (`simvoly.RawResponse`)."""
        return SubscriberListsWithRawResponse(self)

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[SubscriberList]:
        """List subscriber lists.

        Get every subscriber list of the website (a plain array, not paginated).

        `GET /subscriber-lists` (operation `list_subscriber_lists`).

        Args:
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[builtins.list[SubscriberList]] = Call.of(
            list_subscriber_lists.OPERATION,
            list_subscriber_lists.build_request(),
            list_subscriber_lists.parse_response,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))

    async def create(
        self,
        name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SubscriberList:
        """Create a subscriber list.

        Create a subscriber list for email marketing purposes.

        `POST /subscriber-lists` (operation `create_subscriber_list`).

        Args:
            name:
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = SubscriberListInput(
            name=check_required("name", name),
        )
        call: Call[SubscriberList] = Call.of(
            create_subscriber_list.OPERATION,
            create_subscriber_list.build_request(
                body=body,
            ),
            create_subscriber_list.parse_response,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SubscriberList:
        """Get a subscriber list.

        Get a single subscriber list by its id.

        `GET /subscriber-lists/{id}` (operation `get_subscriber_list`).

        Args:
            id: The id of the subscriber list.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[SubscriberList] = Call.of(
            get_subscriber_list.OPERATION,
            get_subscriber_list.build_request(
                check_path_param("id", id, int),
            ),
            get_subscriber_list.parse_response,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))

    async def update(
        self,
        id: int,
        name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SubscriberList:
        """Update a subscriber list.

        Rename a single subscriber list.

        `PUT /subscriber-lists/{id}` (operation `update_subscriber_list`).

        Args:
            id: The id of the subscriber list.
            name:
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = SubscriberListInput(
            name=check_required("name", name),
        )
        call: Call[SubscriberList] = Call.of(
            update_subscriber_list.OPERATION,
            update_subscriber_list.build_request(
                check_path_param("id", id, int),
                body=body,
            ),
            update_subscriber_list.parse_response,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))

    async def delete(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a subscriber list.

        Delete a single subscriber list.

        `DELETE /subscriber-lists/{id}` (operation `delete_subscriber_list`).

        Args:
            id: The id of the subscriber list.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[None] = Call.of(
            delete_subscriber_list.OPERATION,
            delete_subscriber_list.build_request(
                check_path_param("id", id, int),
            ),
            None,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))


class SubscriberListsWithRawResponse:
    """`client.subscriber_lists.with_raw_response`: the same methods, returning the
    raw answer (`simvoly.RawResponse`: status, headers, request, retries, elapsed time)
    with the result one `parse()` away. Lists return their first page's answer."""

    def __init__(self, resource: SubscriberLists) -> None:
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.get = async_raw(resource.get)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)


class SyncSubscriberLists(SyncAPIResource):
    """Subscriber lists for email marketing purposes."""

    @cached_property
    def with_raw_response(self) -> SyncSubscriberListsWithRawResponse:
        """These methods, returning the raw answer (`simvoly.RawResponse`)."""
        return SyncSubscriberListsWithRawResponse(self)

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[SubscriberList]:
        """List subscriber lists.

        Get every subscriber list of the website (a plain array, not paginated).

        `GET /subscriber-lists` (operation `list_subscriber_lists`).

        Args:
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[builtins.list[SubscriberList]] = Call.of(
            list_subscriber_lists.OPERATION,
            list_subscriber_lists.build_request(),
            list_subscriber_lists.parse_response,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))

    def create(
        self,
        name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SubscriberList:
        """Create a subscriber list.

        Create a subscriber list for email marketing purposes.

        `POST /subscriber-lists` (operation `create_subscriber_list`).

        Args:
            name:
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = SubscriberListInput(
            name=check_required("name", name),
        )
        call: Call[SubscriberList] = Call.of(
            create_subscriber_list.OPERATION,
            create_subscriber_list.build_request(
                body=body,
            ),
            create_subscriber_list.parse_response,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))

    def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SubscriberList:
        """Get a subscriber list.

        Get a single subscriber list by its id.

        `GET /subscriber-lists/{id}` (operation `get_subscriber_list`).

        Args:
            id: The id of the subscriber list.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[SubscriberList] = Call.of(
            get_subscriber_list.OPERATION,
            get_subscriber_list.build_request(
                check_path_param("id", id, int),
            ),
            get_subscriber_list.parse_response,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))

    def update(
        self,
        id: int,
        name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SubscriberList:
        """Update a subscriber list.

        Rename a single subscriber list.

        `PUT /subscriber-lists/{id}` (operation `update_subscriber_list`).

        Args:
            id: The id of the subscriber list.
            name:
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = SubscriberListInput(
            name=check_required("name", name),
        )
        call: Call[SubscriberList] = Call.of(
            update_subscriber_list.OPERATION,
            update_subscriber_list.build_request(
                check_path_param("id", id, int),
                body=body,
            ),
            update_subscriber_list.parse_response,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))

    def delete(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a subscriber list.

        Delete a single subscriber list.

        `DELETE /subscriber-lists/{id}` (operation `delete_subscriber_list`).

        Args:
            id: The id of the subscriber list.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[None] = Call.of(
            delete_subscriber_list.OPERATION,
            delete_subscriber_list.build_request(
                check_path_param("id", id, int),
            ),
            None,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))


class SyncSubscriberListsWithRawResponse:
    """`client.subscriber_lists.with_raw_response`: the same methods, returning the
    raw answer (`simvoly.RawResponse`: status, headers, request, retries, elapsed time)
    with the result one `parse()` away. Lists return their first page's answer."""

    def __init__(self, resource: SyncSubscriberLists) -> None:
        self.list = sync_raw(resource.list)
        self.create = sync_raw(resource.create)
        self.get = sync_raw(resource.get)
        self.update = sync_raw(resource.update)
        self.delete = sync_raw(resource.delete)

"""The `member_groups` resource: `client.member_groups`, async and sync.

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

from ...models.member_group import MemberGroup
from ...models.member_group_input import MemberGroupInput
from ...types import UNSET
from . import (
    create_member_group,
    delete_member_group,
    get_member_group,
    list_member_groups,
    update_member_group,
)

__all__ = [
    "MemberGroups",
    "MemberGroupsWithRawResponse",
    "SyncMemberGroups",
    "SyncMemberGroupsWithRawResponse",
]


class MemberGroups(AsyncAPIResource):
    """Member groups are groups which the members belong to. Access to resources can be restricted to specific member groups only."""

    @cached_property
    def with_raw_response(self) -> MemberGroupsWithRawResponse:
        """These methods, returning the raw answer (`simvoly.RawResponse`)."""
        return MemberGroupsWithRawResponse(self)

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[MemberGroup]:
        """List member groups.

        Get every member group of the website (a plain array, not paginated).

        `GET /member-groups` (operation `list_member_groups`).

        Args:
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[builtins.list[MemberGroup]] = Call.of(
            list_member_groups.OPERATION,
            list_member_groups.build_request(),
            list_member_groups.parse_response,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))

    async def create(
        self,
        name: str,
        *,
        link: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MemberGroup:
        """Create a member group.

        Create a member group.

        `POST /member-groups` (operation `create_member_group`).

        Args:
            name:
            link:
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = MemberGroupInput(
            name=check_required("name", name),
            link=UNSET if link is None else link,
        )
        call: Call[MemberGroup] = Call.of(
            create_member_group.OPERATION,
            create_member_group.build_request(
                body=body,
            ),
            create_member_group.parse_response,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MemberGroup:
        """Get a member group.

        Get a single member group by its id.

        `GET /member-groups/{id}` (operation `get_member_group`).

        Args:
            id: The id of the member group.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[MemberGroup] = Call.of(
            get_member_group.OPERATION,
            get_member_group.build_request(
                check_path_param("id", id, int),
            ),
            get_member_group.parse_response,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))

    async def update(
        self,
        id: int,
        name: str,
        *,
        link: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MemberGroup:
        """Update a member group.

        Update a single member group.

        `PUT /member-groups/{id}` (operation `update_member_group`).

        Args:
            id: The id of the member group.
            name:
            link:
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = MemberGroupInput(
            name=check_required("name", name),
            link=UNSET if link is None else link,
        )
        call: Call[MemberGroup] = Call.of(
            update_member_group.OPERATION,
            update_member_group.build_request(
                check_path_param("id", id, int),
                body=body,
            ),
            update_member_group.parse_response,
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
        """Delete a member group.

        Delete a single member group.

        `DELETE /member-groups/{id}` (operation `delete_member_group`).

        Args:
            id: The id of the member group.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[None] = Call.of(
            delete_member_group.OPERATION,
            delete_member_group.build_request(
                check_path_param("id", id, int),
            ),
            None,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))


class MemberGroupsWithRawResponse:
    """`client.member_groups.with_raw_response`: the same methods, returning the
    raw answer (`simvoly.RawResponse`: status, headers, request, retries, elapsed time)
    with the result one `parse()` away. Lists return their first page's answer."""

    def __init__(self, resource: MemberGroups) -> None:
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.get = async_raw(resource.get)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)


class SyncMemberGroups(SyncAPIResource):
    """Member groups are groups which the members belong to. Access to resources can be restricted to specific member groups only."""

    @cached_property
    def with_raw_response(self) -> SyncMemberGroupsWithRawResponse:
        """These methods, returning the raw answer (`simvoly.RawResponse`)."""
        return SyncMemberGroupsWithRawResponse(self)

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[MemberGroup]:
        """List member groups.

        Get every member group of the website (a plain array, not paginated).

        `GET /member-groups` (operation `list_member_groups`).

        Args:
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[builtins.list[MemberGroup]] = Call.of(
            list_member_groups.OPERATION,
            list_member_groups.build_request(),
            list_member_groups.parse_response,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))

    def create(
        self,
        name: str,
        *,
        link: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MemberGroup:
        """Create a member group.

        Create a member group.

        `POST /member-groups` (operation `create_member_group`).

        Args:
            name:
            link:
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = MemberGroupInput(
            name=check_required("name", name),
            link=UNSET if link is None else link,
        )
        call: Call[MemberGroup] = Call.of(
            create_member_group.OPERATION,
            create_member_group.build_request(
                body=body,
            ),
            create_member_group.parse_response,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))

    def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MemberGroup:
        """Get a member group.

        Get a single member group by its id.

        `GET /member-groups/{id}` (operation `get_member_group`).

        Args:
            id: The id of the member group.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[MemberGroup] = Call.of(
            get_member_group.OPERATION,
            get_member_group.build_request(
                check_path_param("id", id, int),
            ),
            get_member_group.parse_response,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))

    def update(
        self,
        id: int,
        name: str,
        *,
        link: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MemberGroup:
        """Update a member group.

        Update a single member group.

        `PUT /member-groups/{id}` (operation `update_member_group`).

        Args:
            id: The id of the member group.
            name:
            link:
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = MemberGroupInput(
            name=check_required("name", name),
            link=UNSET if link is None else link,
        )
        call: Call[MemberGroup] = Call.of(
            update_member_group.OPERATION,
            update_member_group.build_request(
                check_path_param("id", id, int),
                body=body,
            ),
            update_member_group.parse_response,
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
        """Delete a member group.

        Delete a single member group.

        `DELETE /member-groups/{id}` (operation `delete_member_group`).

        Args:
            id: The id of the member group.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[None] = Call.of(
            delete_member_group.OPERATION,
            delete_member_group.build_request(
                check_path_param("id", id, int),
            ),
            None,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))


class SyncMemberGroupsWithRawResponse:
    """`client.member_groups.with_raw_response`: the same methods, returning the
    raw answer (`simvoly.RawResponse`: status, headers, request, retries, elapsed time)
    with the result one `parse()` away. Lists return their first page's answer."""

    def __init__(self, resource: SyncMemberGroups) -> None:
        self.list = sync_raw(resource.list)
        self.create = sync_raw(resource.create)
        self.get = sync_raw(resource.get)
        self.update = sync_raw(resource.update)
        self.delete = sync_raw(resource.delete)

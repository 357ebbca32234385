"""The `members` resource: `client.members`, async and sync.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

# Annotations say `builtins.list`: inside the classes, `list` is a resource method.
import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from simvoly._call import Call
from simvoly._resource import (
    AsyncAPIResource,
    AsyncPaginator,
    SyncAPIResource,
    SyncPaginator,
    async_raw,
    async_raw_pages,
    check_path_param,
    check_required,
    request_options,
    sync_raw,
    sync_raw_pages,
)
from simvoly._tolerance import PageData

from ...models.address import Address
from ...models.member import Member
from ...models.member_input import MemberInput
from ...models.member_session import MemberSession
from ...models.member_session_input import MemberSessionInput
from ...types import UNSET
from . import (
    create_member,
    delete_member,
    get_member,
    get_member_by_email,
    list_members,
    start_member_session,
    update_member,
)

__all__ = ["Members", "MembersWithRawResponse", "SyncMembers", "SyncMembersWithRawResponse"]


class Members(AsyncAPIResource):
    """Registered members of the website, and single sign-on for them."""

    @cached_property
    def with_raw_response(self) -> MembersWithRawResponse:
        """These methods, returning the raw answer (`simvoly.RawResponse`)."""
        return MembersWithRawResponse(self)

    def list(
        self,
        *,
        group_id: int | None = None,
        limit: int | None = None,
        skip: int = 0,
        concurrency: int = 1,
        max_items: int | None = None,
        resume: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | bool] | None = None,
    ) -> AsyncPaginator[Member]:
        """List members.

        Get a paginated list of all members in your website. Optionally filter by group id.

        `GET /members` (operation `list_members`).

        Args:
            group_id: List only members in the specified group. Sent as both `groupId` and
                `group_id`: the seed names it `groupId`, two working integrations send
                `group_id`, and a server that does not know the name it gets ignores the filter
                silently (every member comes back). `python -m simvoly probe` tells which name a
                server honours.
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
        call: Call[PageData[Member]] = Call.of(
            list_members.OPERATION,
            list_members.build_request(
                group_id=UNSET if group_id is None else group_id,
            ),
            list_members.parse_response,
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

    async def create(
        self,
        name: str,
        email: str,
        *,
        password: str | None = None,
        groups: builtins.list[int] | None = None,
        approved: bool | None = None,
        billing_address: Address | None = None,
        shipping_address: Address | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Member:
        """Create a member.

        Create a new member. If a password is provided, the member is created with that
        password. Otherwise the member is created with a random password and a password-
        reset email is sent to the member.

        `POST /members` (operation `create_member`).

        Args:
            name:
            email:
            password: Optional. If omitted, a random password is set and a reset email is
                sent. Ignored on update.
            groups: Ids of the member groups the member belongs to.
            approved:
            billing_address: A billing or shipping address. Real answers send `""` for empty
                fields.
            shipping_address: A billing or shipping address. Real answers send `""` for
                empty fields.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = MemberInput(
            name=check_required("name", name),
            email=check_required("email", email),
            password=UNSET if password is None else password,
            groups=UNSET if groups is None else groups,
            approved=UNSET if approved is None else approved,
            billing_address=UNSET if billing_address is None else billing_address,
            shipping_address=UNSET if shipping_address is None else shipping_address,
        )
        call: Call[Member] = Call.of(
            create_member.OPERATION,
            create_member.build_request(
                body=body,
            ),
            create_member.parse_response,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))

    async def get_by_email(
        self,
        email: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Member:
        """Find a member by email.

        Get the member with the given email address; 404 when nothing matches.

        `GET /members/search-by-email` (operation `get_member_by_email`).

        Args:
            email: The email address to look for.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[Member] = Call.of(
            get_member_by_email.OPERATION,
            get_member_by_email.build_request(
                email=check_required("email", email),
            ),
            get_member_by_email.parse_response,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))

    async def start_session(
        self,
        email: str,
        *,
        path: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MemberSession:
        """Start a single sign-on session.

        If you already have your own authentication mechanism, Single Sign-On allows your
        authenticated members to directly access the member area without logging in again.
        Call this endpoint from your backend and redirect the member to the `accessUrl` from
        the response. Optionally pass `path` to direct the member to a specific page. The
        `accessUrl` is valid for 15 minutes.

        `POST /members/start-session` (operation `start_member_session`).

        Args:
            email:
            path: Optional. Direct the member to a specific page after sign-on.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = MemberSessionInput(
            email=check_required("email", email),
            path=UNSET if path is None else path,
        )
        call: Call[MemberSession] = Call.of(
            start_member_session.OPERATION,
            start_member_session.build_request(
                body=body,
            ),
            start_member_session.parse_response,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Member:
        """Get a member.

        Get a single member by its id.

        `GET /members/{id}` (operation `get_member`).

        Args:
            id: The id of the member.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[Member] = Call.of(
            get_member.OPERATION,
            get_member.build_request(
                check_path_param("id", id, int),
            ),
            get_member.parse_response,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))

    async def update(
        self,
        id: int,
        name: str,
        email: str,
        *,
        password: str | None = None,
        groups: builtins.list[int] | None = None,
        approved: bool | None = None,
        billing_address: Address | None = None,
        shipping_address: Address | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Member:
        """Update a member.

        Update a single member. Only non-empty fields are set. The member password will NOT
        be updated.

        `PUT /members/{id}` (operation `update_member`).

        Args:
            id: The id of the member.
            name:
            email:
            password: Optional. If omitted, a random password is set and a reset email is
                sent. Ignored on update.
            groups: Ids of the member groups the member belongs to.
            approved:
            billing_address: A billing or shipping address. Real answers send `""` for empty
                fields.
            shipping_address: A billing or shipping address. Real answers send `""` for
                empty fields.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = MemberInput(
            name=check_required("name", name),
            email=check_required("email", email),
            password=UNSET if password is None else password,
            groups=UNSET if groups is None else groups,
            approved=UNSET if approved is None else approved,
            billing_address=UNSET if billing_address is None else billing_address,
            shipping_address=UNSET if shipping_address is None else shipping_address,
        )
        call: Call[Member] = Call.of(
            update_member.OPERATION,
            update_member.build_request(
                check_path_param("id", id, int),
                body=body,
            ),
            update_member.parse_response,
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
        """Delete a member.

        Delete a single member.

        `DELETE /members/{id}` (operation `delete_member`).

        Args:
            id: The id of the member.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[None] = Call.of(
            delete_member.OPERATION,
            delete_member.build_request(
                check_path_param("id", id, int),
            ),
            None,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))


class MembersWithRawResponse:
    """`client.members.with_raw_response`: the same methods, returning the
    raw answer (`simvoly.RawResponse`: status, headers, request, retries, elapsed time)
    with the result one `parse()` away. Lists return their first page's answer."""

    def __init__(self, resource: Members) -> None:
        self.list = async_raw_pages(resource.list)
        self.create = async_raw(resource.create)
        self.get_by_email = async_raw(resource.get_by_email)
        self.start_session = async_raw(resource.start_session)
        self.get = async_raw(resource.get)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)


class SyncMembers(SyncAPIResource):
    """Registered members of the website, and single sign-on for them."""

    @cached_property
    def with_raw_response(self) -> SyncMembersWithRawResponse:
        """These methods, returning the raw answer (`simvoly.RawResponse`)."""
        return SyncMembersWithRawResponse(self)

    def list(
        self,
        *,
        group_id: int | None = None,
        limit: int | None = None,
        skip: int = 0,
        concurrency: int = 1,
        max_items: int | None = None,
        resume: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | bool] | None = None,
    ) -> SyncPaginator[Member]:
        """List members.

        Get a paginated list of all members in your website. Optionally filter by group id.

        `GET /members` (operation `list_members`).

        Args:
            group_id: List only members in the specified group. Sent as both `groupId` and
                `group_id`: the seed names it `groupId`, two working integrations send
                `group_id`, and a server that does not know the name it gets ignores the filter
                silently (every member comes back). `python -m simvoly probe` tells which name a
                server honours.
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
        call: Call[PageData[Member]] = Call.of(
            list_members.OPERATION,
            list_members.build_request(
                group_id=UNSET if group_id is None else group_id,
            ),
            list_members.parse_response,
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

    def create(
        self,
        name: str,
        email: str,
        *,
        password: str | None = None,
        groups: builtins.list[int] | None = None,
        approved: bool | None = None,
        billing_address: Address | None = None,
        shipping_address: Address | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Member:
        """Create a member.

        Create a new member. If a password is provided, the member is created with that
        password. Otherwise the member is created with a random password and a password-
        reset email is sent to the member.

        `POST /members` (operation `create_member`).

        Args:
            name:
            email:
            password: Optional. If omitted, a random password is set and a reset email is
                sent. Ignored on update.
            groups: Ids of the member groups the member belongs to.
            approved:
            billing_address: A billing or shipping address. Real answers send `""` for empty
                fields.
            shipping_address: A billing or shipping address. Real answers send `""` for
                empty fields.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = MemberInput(
            name=check_required("name", name),
            email=check_required("email", email),
            password=UNSET if password is None else password,
            groups=UNSET if groups is None else groups,
            approved=UNSET if approved is None else approved,
            billing_address=UNSET if billing_address is None else billing_address,
            shipping_address=UNSET if shipping_address is None else shipping_address,
        )
        call: Call[Member] = Call.of(
            create_member.OPERATION,
            create_member.build_request(
                body=body,
            ),
            create_member.parse_response,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))

    def get_by_email(
        self,
        email: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Member:
        """Find a member by email.

        Get the member with the given email address; 404 when nothing matches.

        `GET /members/search-by-email` (operation `get_member_by_email`).

        Args:
            email: The email address to look for.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[Member] = Call.of(
            get_member_by_email.OPERATION,
            get_member_by_email.build_request(
                email=check_required("email", email),
            ),
            get_member_by_email.parse_response,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))

    def start_session(
        self,
        email: str,
        *,
        path: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MemberSession:
        """Start a single sign-on session.

        If you already have your own authentication mechanism, Single Sign-On allows your
        authenticated members to directly access the member area without logging in again.
        Call this endpoint from your backend and redirect the member to the `accessUrl` from
        the response. Optionally pass `path` to direct the member to a specific page. The
        `accessUrl` is valid for 15 minutes.

        `POST /members/start-session` (operation `start_member_session`).

        Args:
            email:
            path: Optional. Direct the member to a specific page after sign-on.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = MemberSessionInput(
            email=check_required("email", email),
            path=UNSET if path is None else path,
        )
        call: Call[MemberSession] = Call.of(
            start_member_session.OPERATION,
            start_member_session.build_request(
                body=body,
            ),
            start_member_session.parse_response,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))

    def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Member:
        """Get a member.

        Get a single member by its id.

        `GET /members/{id}` (operation `get_member`).

        Args:
            id: The id of the member.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[Member] = Call.of(
            get_member.OPERATION,
            get_member.build_request(
                check_path_param("id", id, int),
            ),
            get_member.parse_response,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))

    def update(
        self,
        id: int,
        name: str,
        email: str,
        *,
        password: str | None = None,
        groups: builtins.list[int] | None = None,
        approved: bool | None = None,
        billing_address: Address | None = None,
        shipping_address: Address | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Member:
        """Update a member.

        Update a single member. Only non-empty fields are set. The member password will NOT
        be updated.

        `PUT /members/{id}` (operation `update_member`).

        Args:
            id: The id of the member.
            name:
            email:
            password: Optional. If omitted, a random password is set and a reset email is
                sent. Ignored on update.
            groups: Ids of the member groups the member belongs to.
            approved:
            billing_address: A billing or shipping address. Real answers send `""` for empty
                fields.
            shipping_address: A billing or shipping address. Real answers send `""` for
                empty fields.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = MemberInput(
            name=check_required("name", name),
            email=check_required("email", email),
            password=UNSET if password is None else password,
            groups=UNSET if groups is None else groups,
            approved=UNSET if approved is None else approved,
            billing_address=UNSET if billing_address is None else billing_address,
            shipping_address=UNSET if shipping_address is None else shipping_address,
        )
        call: Call[Member] = Call.of(
            update_member.OPERATION,
            update_member.build_request(
                check_path_param("id", id, int),
                body=body,
            ),
            update_member.parse_response,
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
        """Delete a member.

        Delete a single member.

        `DELETE /members/{id}` (operation `delete_member`).

        Args:
            id: The id of the member.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[None] = Call.of(
            delete_member.OPERATION,
            delete_member.build_request(
                check_path_param("id", id, int),
            ),
            None,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))


class SyncMembersWithRawResponse:
    """`client.members.with_raw_response`: the same methods, returning the
    raw answer (`simvoly.RawResponse`: status, headers, request, retries, elapsed time)
    with the result one `parse()` away. Lists return their first page's answer."""

    def __init__(self, resource: SyncMembers) -> None:
        self.list = sync_raw_pages(resource.list)
        self.create = sync_raw(resource.create)
        self.get_by_email = sync_raw(resource.get_by_email)
        self.start_session = sync_raw(resource.start_session)
        self.get = sync_raw(resource.get)
        self.update = sync_raw(resource.update)
        self.delete = sync_raw(resource.delete)

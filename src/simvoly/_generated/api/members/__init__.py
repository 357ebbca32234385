"""The `members` resource: `client.members`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

# Annotations say `builtins.list`: inside the class, `list` is the resource's method.
import builtins

from simvoly._resource import APIResource, AsyncPaginator, check_required

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

__all__ = ["Members"]


class Members(APIResource):
    """Operations on members."""

    def list(
        self,
        *,
        group_id: int | None = None,
        limit: int | None = None,
        skip: int = 0,
        concurrency: int = 1,
        max_items: int | None = None,
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

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        return self._paginate(
            list_members.OPERATION_ID,
            list_members.build_request(
                group_id=UNSET if group_id is None else group_id,
            ),
            list_members.parse_response,
            limit=limit,
            skip=skip,
            concurrency=concurrency,
            max_items=max_items,
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
        return await self._request(
            create_member.OPERATION_ID,
            create_member.build_request(
                body=body,
            ),
            create_member.parse_response,
        )

    async def get_by_email(
        self,
        email: str,
    ) -> Member:
        """Find a member by email.

        Get the member with the given email address; 404 when nothing matches.

        `GET /members/search-by-email` (operation `get_member_by_email`).

        Args:
            email: The email address to look for.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        return await self._request(
            get_member_by_email.OPERATION_ID,
            get_member_by_email.build_request(
                email=check_required("email", email),
            ),
            get_member_by_email.parse_response,
        )

    async def start_session(
        self,
        email: str,
        *,
        path: str | None = None,
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

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = MemberSessionInput(
            email=check_required("email", email),
            path=UNSET if path is None else path,
        )
        return await self._request(
            start_member_session.OPERATION_ID,
            start_member_session.build_request(
                body=body,
            ),
            start_member_session.parse_response,
        )

    async def get(
        self,
        id: int,
    ) -> Member:
        """Get a member.

        Get a single member by its id.

        `GET /members/{id}` (operation `get_member`).

        Args:
            id: The id of the member.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        return await self._request(
            get_member.OPERATION_ID,
            get_member.build_request(
                check_required("id", id),
            ),
            get_member.parse_response,
        )

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
        return await self._request(
            update_member.OPERATION_ID,
            update_member.build_request(
                check_required("id", id),
                body=body,
            ),
            update_member.parse_response,
        )

    async def delete(
        self,
        id: int,
    ) -> None:
        """Delete a member.

        Delete a single member.

        `DELETE /members/{id}` (operation `delete_member`).

        Args:
            id: The id of the member.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        await self._request(
            delete_member.OPERATION_ID,
            delete_member.build_request(
                check_required("id", id),
            ),
            None,
        )

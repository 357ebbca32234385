"""The `member_groups` resource: `client.member_groups`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

# Annotations say `builtins.list`: inside the class, `list` is the resource's method.
import builtins

from simvoly._resource import APIResource, check_path_param, check_required

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

__all__ = ["MemberGroups"]


class MemberGroups(APIResource):
    """Operations on member groups."""

    async def list(
        self,
    ) -> builtins.list[MemberGroup]:
        """List member groups.

        Get every member group of the website (a plain array, not paginated).

        `GET /member-groups` (operation `list_member_groups`).

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        return await self._request(
            list_member_groups.OPERATION_ID,
            list_member_groups.build_request(),
            list_member_groups.parse_response,
        )

    async def create(
        self,
        name: str,
        *,
        link: str | None = None,
    ) -> MemberGroup:
        """Create a member group.

        Create a member group.

        `POST /member-groups` (operation `create_member_group`).

        Args:
            name:
            link:

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = MemberGroupInput(
            name=check_required("name", name),
            link=UNSET if link is None else link,
        )
        return await self._request(
            create_member_group.OPERATION_ID,
            create_member_group.build_request(
                body=body,
            ),
            create_member_group.parse_response,
        )

    async def get(
        self,
        id: int,
    ) -> MemberGroup:
        """Get a member group.

        Get a single member group by its id.

        `GET /member-groups/{id}` (operation `get_member_group`).

        Args:
            id: The id of the member group.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        return await self._request(
            get_member_group.OPERATION_ID,
            get_member_group.build_request(
                check_path_param("id", id, int),
            ),
            get_member_group.parse_response,
        )

    async def update(
        self,
        id: int,
        name: str,
        *,
        link: str | None = None,
    ) -> MemberGroup:
        """Update a member group.

        Update a single member group.

        `PUT /member-groups/{id}` (operation `update_member_group`).

        Args:
            id: The id of the member group.
            name:
            link:

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = MemberGroupInput(
            name=check_required("name", name),
            link=UNSET if link is None else link,
        )
        return await self._request(
            update_member_group.OPERATION_ID,
            update_member_group.build_request(
                check_path_param("id", id, int),
                body=body,
            ),
            update_member_group.parse_response,
        )

    async def delete(
        self,
        id: int,
    ) -> None:
        """Delete a member group.

        Delete a single member group.

        `DELETE /member-groups/{id}` (operation `delete_member_group`).

        Args:
            id: The id of the member group.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        await self._request(
            delete_member_group.OPERATION_ID,
            delete_member_group.build_request(
                check_path_param("id", id, int),
            ),
            None,
        )

"""The `subscriber_lists` resource: `client.subscriber_lists`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

# Annotations say `builtins.list`: inside the class, `list` is the resource's method.
import builtins

from simvoly._resource import APIResource, check_path_param, check_required

from ...models.subscriber_list import SubscriberList
from ...models.subscriber_list_input import SubscriberListInput
from . import (
    create_subscriber_list,
    delete_subscriber_list,
    get_subscriber_list,
    list_subscriber_lists,
    update_subscriber_list,
)

__all__ = ["SubscriberLists"]


class SubscriberLists(APIResource):
    """Operations on subscriber lists."""

    async def list(
        self,
    ) -> builtins.list[SubscriberList]:
        """List subscriber lists.

        Get every subscriber list of the website (a plain array, not paginated).

        `GET /subscriber-lists` (operation `list_subscriber_lists`).

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        return await self._request(
            list_subscriber_lists.OPERATION_ID,
            list_subscriber_lists.build_request(),
            list_subscriber_lists.parse_response,
        )

    async def create(
        self,
        name: str,
    ) -> SubscriberList:
        """Create a subscriber list.

        Create a subscriber list for email marketing purposes.

        `POST /subscriber-lists` (operation `create_subscriber_list`).

        Args:
            name:

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = SubscriberListInput(
            name=check_required("name", name),
        )
        return await self._request(
            create_subscriber_list.OPERATION_ID,
            create_subscriber_list.build_request(
                body=body,
            ),
            create_subscriber_list.parse_response,
        )

    async def get(
        self,
        id: int,
    ) -> SubscriberList:
        """Get a subscriber list.

        Get a single subscriber list by its id.

        `GET /subscriber-lists/{id}` (operation `get_subscriber_list`).

        Args:
            id: The id of the subscriber list.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        return await self._request(
            get_subscriber_list.OPERATION_ID,
            get_subscriber_list.build_request(
                check_path_param("id", id, int),
            ),
            get_subscriber_list.parse_response,
        )

    async def update(
        self,
        id: int,
        name: str,
    ) -> SubscriberList:
        """Update a subscriber list.

        Rename a single subscriber list.

        `PUT /subscriber-lists/{id}` (operation `update_subscriber_list`).

        Args:
            id: The id of the subscriber list.
            name:

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = SubscriberListInput(
            name=check_required("name", name),
        )
        return await self._request(
            update_subscriber_list.OPERATION_ID,
            update_subscriber_list.build_request(
                check_path_param("id", id, int),
                body=body,
            ),
            update_subscriber_list.parse_response,
        )

    async def delete(
        self,
        id: int,
    ) -> None:
        """Delete a subscriber list.

        Delete a single subscriber list.

        `DELETE /subscriber-lists/{id}` (operation `delete_subscriber_list`).

        Args:
            id: The id of the subscriber list.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        await self._request(
            delete_subscriber_list.OPERATION_ID,
            delete_subscriber_list.build_request(
                check_path_param("id", id, int),
            ),
            None,
        )

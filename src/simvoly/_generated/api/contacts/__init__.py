"""The `contacts` resource: `client.contacts`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

# Annotations say `builtins.list`: inside the class, `list` is the resource's method.
import builtins
from datetime import datetime

from simvoly._resource import (
    APIResource,
    AsyncPaginator,
    check_path_param,
    check_required,
    to_timestamp,
)

from ...models.contact import Contact
from ...models.contact_input import ContactInput
from ...models.contact_property import ContactProperty
from ...types import UNSET
from . import (
    create_contact,
    delete_contact,
    get_contact,
    get_contact_by_email,
    list_contacts,
    update_contact,
)

__all__ = ["Contacts"]


class Contacts(APIResource):
    """Operations on contacts."""

    def list(
        self,
        *,
        created_at_min: int | datetime | None = None,
        created_at_max: int | datetime | None = None,
        limit: int | None = None,
        skip: int = 0,
        concurrency: int = 1,
        max_items: int | None = None,
    ) -> AsyncPaginator[Contact]:
        """List contacts.

        Get a paginated list of all contacts created in your website. Optionally filter by
        created date.

        `GET /contacts` (operation `list_contacts`).

        Args:
            created_at_min: List only records created after the specified timestamp
                (inclusive, in seconds since the Unix epoch).
            created_at_max: List only records created before the specified timestamp
                (inclusive, in seconds since the Unix epoch).
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
            list_contacts.OPERATION_ID,
            list_contacts.build_request(
                created_at_min=UNSET
                if created_at_min is None
                else to_timestamp("created_at_min", created_at_min),
                created_at_max=UNSET
                if created_at_max is None
                else to_timestamp("created_at_max", created_at_max),
            ),
            list_contacts.parse_response,
            limit=limit,
            skip=skip,
            concurrency=concurrency,
            max_items=max_items,
        )

    async def create(
        self,
        email: str,
        *,
        name: str | None = None,
        phone: str | None = None,
        note: str | None = None,
        address: str | None = None,
        city: str | None = None,
        state: str | None = None,
        zip: str | None = None,
        country: str | None = None,
        company_name: str | None = None,
        properties: builtins.list[ContactProperty] | None = None,
        tags: builtins.list[str] | None = None,
        subscribed: bool | None = None,
        subscriber_lists: builtins.list[int] | None = None,
    ) -> Contact:
        """Create or update a contact.

        Create a contact. If a contact with the supplied email already exists, it will be
        updated. Only supplied parameters are set; supplied tags are merged into the
        contact's tags.

        `POST /contacts` (operation `create_contact`).

        Args:
            email: Email address of the contact (the key for create-or-update).
            name: Contact name.
            phone: Contact phone.
            note: Private note.
            address:
            city:
            state:
            zip:
            country:
            company_name:
            properties: Custom properties, as defined in the CRM section of your website.
            tags: Tags to add to the contact.
            subscribed: Whether the contact is a subscriber (for email marketing).
            subscriber_lists: Subscriber list IDs (email marketing lists).

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = ContactInput(
            email=check_required("email", email),
            name=UNSET if name is None else name,
            phone=UNSET if phone is None else phone,
            note=UNSET if note is None else note,
            address=UNSET if address is None else address,
            city=UNSET if city is None else city,
            state=UNSET if state is None else state,
            zip_=UNSET if zip is None else zip,
            country=UNSET if country is None else country,
            company_name=UNSET if company_name is None else company_name,
            properties=UNSET if properties is None else properties,
            tags=UNSET if tags is None else tags,
            subscribed=UNSET if subscribed is None else subscribed,
            subscriber_lists=UNSET if subscriber_lists is None else subscriber_lists,
        )
        return await self._request(
            create_contact.OPERATION_ID,
            create_contact.build_request(
                body=body,
            ),
            create_contact.parse_response,
        )

    async def get_by_email(
        self,
        email: str,
    ) -> Contact:
        """Find a contact by email.

        Get the contact with the given email address; 404 when nothing matches.

        `GET /contacts/search-by-email` (operation `get_contact_by_email`).

        Args:
            email: The email address to look for.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        return await self._request(
            get_contact_by_email.OPERATION_ID,
            get_contact_by_email.build_request(
                email=check_required("email", email),
            ),
            get_contact_by_email.parse_response,
        )

    async def get(
        self,
        id: int,
    ) -> Contact:
        """Get a contact.

        Get a single contact by its id.

        `GET /contacts/{id}` (operation `get_contact`).

        Args:
            id: The id of the contact.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        return await self._request(
            get_contact.OPERATION_ID,
            get_contact.build_request(
                check_path_param("id", id, int),
            ),
            get_contact.parse_response,
        )

    async def update(
        self,
        id: int,
        email: str,
        *,
        name: str | None = None,
        phone: str | None = None,
        note: str | None = None,
        address: str | None = None,
        city: str | None = None,
        state: str | None = None,
        zip: str | None = None,
        country: str | None = None,
        company_name: str | None = None,
        properties: builtins.list[ContactProperty] | None = None,
        tags: builtins.list[str] | None = None,
        subscribed: bool | None = None,
        subscriber_lists: builtins.list[int] | None = None,
    ) -> Contact:
        """Update a contact.

        Update a single contact. Only non-empty fields are set; supplied tags are merged
        into the contact's tags and properties replace values by property name.

        `PUT /contacts/{id}` (operation `update_contact`).

        Args:
            id: The id of the contact.
            email: Email address of the contact (the key for create-or-update).
            name: Contact name.
            phone: Contact phone.
            note: Private note.
            address:
            city:
            state:
            zip:
            country:
            company_name:
            properties: Custom properties, as defined in the CRM section of your website.
            tags: Tags to add to the contact.
            subscribed: Whether the contact is a subscriber (for email marketing).
            subscriber_lists: Subscriber list IDs (email marketing lists).

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = ContactInput(
            email=check_required("email", email),
            name=UNSET if name is None else name,
            phone=UNSET if phone is None else phone,
            note=UNSET if note is None else note,
            address=UNSET if address is None else address,
            city=UNSET if city is None else city,
            state=UNSET if state is None else state,
            zip_=UNSET if zip is None else zip,
            country=UNSET if country is None else country,
            company_name=UNSET if company_name is None else company_name,
            properties=UNSET if properties is None else properties,
            tags=UNSET if tags is None else tags,
            subscribed=UNSET if subscribed is None else subscribed,
            subscriber_lists=UNSET if subscriber_lists is None else subscriber_lists,
        )
        return await self._request(
            update_contact.OPERATION_ID,
            update_contact.build_request(
                check_path_param("id", id, int),
                body=body,
            ),
            update_contact.parse_response,
        )

    async def delete(
        self,
        id: int,
    ) -> None:
        """Delete a contact.

        Delete a single contact.

        `DELETE /contacts/{id}` (operation `delete_contact`).

        Args:
            id: The id of the contact.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        await self._request(
            delete_contact.OPERATION_ID,
            delete_contact.build_request(
                check_path_param("id", id, int),
            ),
            None,
        )

"""The `contacts` resource: `client.contacts`, async and sync.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

# Annotations say `builtins.list`: inside the classes, `list` is a resource method.
import builtins
from collections.abc import Iterable, Mapping
from datetime import datetime
from functools import cached_property
from typing import Any

import httpx

from simvoly._bulk import Upsert, async_upsert_many, sync_upsert_many
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
    to_timestamp,
)
from simvoly._tolerance import PageData

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

__all__ = ["Contacts", "ContactsWithRawResponse", "SyncContacts", "SyncContactsWithRawResponse"]


class Contacts(AsyncAPIResource):
    """The contacts (CRM) of the website."""

    @cached_property
    def with_raw_response(self) -> ContactsWithRawResponse:
        """These methods, returning the raw answer (`simvoly.RawResponse`)."""
        return ContactsWithRawResponse(self)

    def list(
        self,
        *,
        created_at_min: int | datetime | None = None,
        created_at_max: int | datetime | None = None,
        limit: int | None = None,
        skip: int = 0,
        concurrency: int = 1,
        max_items: int | None = None,
        resume: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | bool] | None = None,
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
        call: Call[PageData[Contact]] = Call.of(
            list_contacts.OPERATION,
            list_contacts.build_request(
                created_at_min=UNSET
                if created_at_min is None
                else to_timestamp("created_at_min", created_at_min),
                created_at_max=UNSET
                if created_at_max is None
                else to_timestamp("created_at_max", created_at_max),
            ),
            list_contacts.parse_response,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
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
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

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
        call: Call[Contact] = Call.of(
            create_contact.OPERATION,
            create_contact.build_request(
                body=body,
            ),
            create_contact.parse_response,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))

    async def upsert_many(
        self,
        items: Iterable[ContactInput | Mapping[str, Any]],
        *,
        concurrency: int = 8,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[Contact | Exception]:
        """Create or update many records at once, matched by `email`.

        Each item is one `create` call. Every item is checked first: nothing is sent before;
        a bad item never stops the others, nor does a call that fails. Calls go through this
        client (its retries and rate limit), up to `concurrency` at once; items with the
        same `email` go one after the other, in order.

        Args:
            items: `ContactInput` models, or dicts of its JSON fields (the API's names).
            concurrency: How many calls at once.
            timeout: Seconds for each attempt of each call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for each call.
            extra_headers: Headers to send with each call.

        Returns:
            One result per item, in input order: the `Contact` as the API answered
            it, or the exception: a `ValueError` for an item that breaks openapi.yaml (not
            sent), a `simvoly.SimvolyError` for a call that failed.

        Raises:
            ValueError: `items` is not a list of items, or `concurrency` not an int >= 1.
        """
        upsert: Upsert[ContactInput, Contact] = Upsert(
            ContactInput,
            "email",
            lambda body: Call.of(
                create_contact.OPERATION,
                create_contact.build_request(
                    body=body,
                ),
                create_contact.parse_response,
            ),
        )
        return await async_upsert_many(
            self,
            upsert,
            items,
            concurrency,
            request_options(timeout, max_retries, extra_headers),
        )

    async def get_by_email(
        self,
        email: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contact:
        """Find a contact by email.

        Get the contact with the given email address; 404 when nothing matches.

        `GET /contacts/search-by-email` (operation `get_contact_by_email`).

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
        call: Call[Contact] = Call.of(
            get_contact_by_email.OPERATION,
            get_contact_by_email.build_request(
                email=check_required("email", email),
            ),
            get_contact_by_email.parse_response,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contact:
        """Get a contact.

        Get a single contact by its id.

        `GET /contacts/{id}` (operation `get_contact`).

        Args:
            id: The id of the contact.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[Contact] = Call.of(
            get_contact.OPERATION,
            get_contact.build_request(
                check_path_param("id", id, int),
            ),
            get_contact.parse_response,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))

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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
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
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

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
        call: Call[Contact] = Call.of(
            update_contact.OPERATION,
            update_contact.build_request(
                check_path_param("id", id, int),
                body=body,
            ),
            update_contact.parse_response,
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
        """Delete a contact.

        Delete a single contact.

        `DELETE /contacts/{id}` (operation `delete_contact`).

        Args:
            id: The id of the contact.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[None] = Call.of(
            delete_contact.OPERATION,
            delete_contact.build_request(
                check_path_param("id", id, int),
            ),
            None,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))


class ContactsWithRawResponse:
    """`client.contacts.with_raw_response`: the same methods, returning the
    raw answer (`simvoly.RawResponse`: status, headers, request, retries, elapsed time)
    with the result one `parse()` away. Lists return their first page's answer."""

    def __init__(self, resource: Contacts) -> None:
        self.list = async_raw_pages(resource.list)
        self.create = async_raw(resource.create)
        self.get_by_email = async_raw(resource.get_by_email)
        self.get = async_raw(resource.get)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)


class SyncContacts(SyncAPIResource):
    """The contacts (CRM) of the website."""

    @cached_property
    def with_raw_response(self) -> SyncContactsWithRawResponse:
        """These methods, returning the raw answer (`simvoly.RawResponse`)."""
        return SyncContactsWithRawResponse(self)

    def list(
        self,
        *,
        created_at_min: int | datetime | None = None,
        created_at_max: int | datetime | None = None,
        limit: int | None = None,
        skip: int = 0,
        concurrency: int = 1,
        max_items: int | None = None,
        resume: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | bool] | None = None,
    ) -> SyncPaginator[Contact]:
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
        call: Call[PageData[Contact]] = Call.of(
            list_contacts.OPERATION,
            list_contacts.build_request(
                created_at_min=UNSET
                if created_at_min is None
                else to_timestamp("created_at_min", created_at_min),
                created_at_max=UNSET
                if created_at_max is None
                else to_timestamp("created_at_max", created_at_max),
            ),
            list_contacts.parse_response,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
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
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

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
        call: Call[Contact] = Call.of(
            create_contact.OPERATION,
            create_contact.build_request(
                body=body,
            ),
            create_contact.parse_response,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))

    def upsert_many(
        self,
        items: Iterable[ContactInput | Mapping[str, Any]],
        *,
        concurrency: int = 8,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[Contact | Exception]:
        """Create or update many records at once, matched by `email`.

        Each item is one `create` call. Every item is checked first: nothing is sent before;
        a bad item never stops the others, nor does a call that fails. Calls go through this
        client (its retries and rate limit), up to `concurrency` at once; items with the
        same `email` go one after the other, in order.

        Args:
            items: `ContactInput` models, or dicts of its JSON fields (the API's names).
            concurrency: How many calls at once.
            timeout: Seconds for each attempt of each call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for each call.
            extra_headers: Headers to send with each call.

        Returns:
            One result per item, in input order: the `Contact` as the API answered
            it, or the exception: a `ValueError` for an item that breaks openapi.yaml (not
            sent), a `simvoly.SimvolyError` for a call that failed.

        Raises:
            ValueError: `items` is not a list of items, or `concurrency` not an int >= 1.
        """
        upsert: Upsert[ContactInput, Contact] = Upsert(
            ContactInput,
            "email",
            lambda body: Call.of(
                create_contact.OPERATION,
                create_contact.build_request(
                    body=body,
                ),
                create_contact.parse_response,
            ),
        )
        return sync_upsert_many(
            self,
            upsert,
            items,
            concurrency,
            request_options(timeout, max_retries, extra_headers),
        )

    def get_by_email(
        self,
        email: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contact:
        """Find a contact by email.

        Get the contact with the given email address; 404 when nothing matches.

        `GET /contacts/search-by-email` (operation `get_contact_by_email`).

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
        call: Call[Contact] = Call.of(
            get_contact_by_email.OPERATION,
            get_contact_by_email.build_request(
                email=check_required("email", email),
            ),
            get_contact_by_email.parse_response,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))

    def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contact:
        """Get a contact.

        Get a single contact by its id.

        `GET /contacts/{id}` (operation `get_contact`).

        Args:
            id: The id of the contact.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[Contact] = Call.of(
            get_contact.OPERATION,
            get_contact.build_request(
                check_path_param("id", id, int),
            ),
            get_contact.parse_response,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))

    def update(
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
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
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

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
        call: Call[Contact] = Call.of(
            update_contact.OPERATION,
            update_contact.build_request(
                check_path_param("id", id, int),
                body=body,
            ),
            update_contact.parse_response,
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
        """Delete a contact.

        Delete a single contact.

        `DELETE /contacts/{id}` (operation `delete_contact`).

        Args:
            id: The id of the contact.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[None] = Call.of(
            delete_contact.OPERATION,
            delete_contact.build_request(
                check_path_param("id", id, int),
            ),
            None,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))


class SyncContactsWithRawResponse:
    """`client.contacts.with_raw_response`: the same methods, returning the
    raw answer (`simvoly.RawResponse`: status, headers, request, retries, elapsed time)
    with the result one `parse()` away. Lists return their first page's answer."""

    def __init__(self, resource: SyncContacts) -> None:
        self.list = sync_raw_pages(resource.list)
        self.create = sync_raw(resource.create)
        self.get_by_email = sync_raw(resource.get_by_email)
        self.get = sync_raw(resource.get)
        self.update = sync_raw(resource.update)
        self.delete = sync_raw(resource.delete)

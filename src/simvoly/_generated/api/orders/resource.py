"""The `orders` resource: `client.orders`, async and sync.

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
    async_raw,
    async_raw_pages,
    check_path_param,
    coerce_enum,
    request_options,
    sync_raw,
    sync_raw_pages,
    to_timestamp,
)
from simvoly._tolerance import PageData

from ...models.address import Address
from ...models.fulfillment import Fulfillment
from ...models.order import Order
from ...models.order_status_update import OrderStatusUpdate
from ...models.order_update import OrderUpdate
from ...types import UNSET
from . import get_order, list_orders, update_order

__all__ = ["Orders", "OrdersWithRawResponse", "SyncOrders", "SyncOrdersWithRawResponse"]


class Orders(AsyncAPIResource):
    """Store orders."""

    @cached_property
    def with_raw_response(self) -> OrdersWithRawResponse:
        """These methods, returning the raw answer (`simvoly.RawResponse`)."""
        return OrdersWithRawResponse(self)

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
    ) -> AsyncPaginator[Order]:
        """List orders.

        Get a paginated list of all orders created in your website. Optionally filter by
        created date.

        `GET /orders` (operation `list_orders`).

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
        call: Call[PageData[Order]] = Call.of(
            list_orders.OPERATION,
            list_orders.build_request(
                created_at_min=UNSET
                if created_at_min is None
                else to_timestamp("created_at_min", created_at_min),
                created_at_max=UNSET
                if created_at_max is None
                else to_timestamp("created_at_max", created_at_max),
            ),
            list_orders.parse_response,
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

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Order:
        """Get an order.

        Get a single order by its id.

        `GET /orders/{id}` (operation `get_order`).

        Args:
            id: The id of the order.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[Order] = Call.of(
            get_order.OPERATION,
            get_order.build_request(
                check_path_param("id", id, int),
            ),
            get_order.parse_response,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))

    async def update(
        self,
        id: int,
        *,
        customer_name: str | None = None,
        customer_email: str | None = None,
        billing_address: Address | None = None,
        shipping_address: Address | None = None,
        payment_method: str | None = None,
        transaction_id: str | None = None,
        paid: bool | None = None,
        status: OrderStatusUpdate | str | None = None,
        fulfillment: Fulfillment | None = None,
        notify_customer: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Order:
        """Update an order.

        Update a single order's details. Only non-empty fields are set.

        Available order statuses are PENDING, SHIPPED, COMPLETED, CANCELED and ARCHIVED.
        If the order has digital downloads or membership products and the status is set to
        COMPLETED, the customer receives an email with access to their digital content.

        `PUT /orders/{id}` (operation `update_order`).

        Args:
            id: The id of the order.
            customer_name:
            customer_email:
            billing_address: A billing or shipping address. Real answers send `""` for empty
                fields.
            shipping_address: A billing or shipping address. Real answers send `""` for
                empty fields.
            payment_method: The payment method type, e.g. "stripe".
            transaction_id: The transaction id uniquely identifying the payment for this
                order.
            paid:
            status: The order status to set (uppercase).
            fulfillment: Shipping details of an order.
            notify_customer: Whether to notify the customer of this change.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = OrderUpdate(
            customer_name=UNSET if customer_name is None else customer_name,
            customer_email=UNSET if customer_email is None else customer_email,
            billing_address=UNSET if billing_address is None else billing_address,
            shipping_address=UNSET if shipping_address is None else shipping_address,
            payment_method=UNSET if payment_method is None else payment_method,
            transaction_id=UNSET if transaction_id is None else transaction_id,
            paid=UNSET if paid is None else paid,
            status=UNSET if status is None else coerce_enum("status", status, OrderStatusUpdate),
            fulfillment=UNSET if fulfillment is None else fulfillment,
            notify_customer=UNSET if notify_customer is None else notify_customer,
        )
        call: Call[Order] = Call.of(
            update_order.OPERATION,
            update_order.build_request(
                check_path_param("id", id, int),
                body=body,
            ),
            update_order.parse_response,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))


class OrdersWithRawResponse:
    """`client.orders.with_raw_response`: the same methods, returning the
    raw answer (`simvoly.RawResponse`: status, headers, request, retries, elapsed time)
    with the result one `parse()` away. Lists return their first page's answer."""

    def __init__(self, resource: Orders) -> None:
        self.list = async_raw_pages(resource.list)
        self.get = async_raw(resource.get)
        self.update = async_raw(resource.update)


class SyncOrders(SyncAPIResource):
    """Store orders."""

    @cached_property
    def with_raw_response(self) -> SyncOrdersWithRawResponse:
        """These methods, returning the raw answer (`simvoly.RawResponse`)."""
        return SyncOrdersWithRawResponse(self)

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
    ) -> SyncPaginator[Order]:
        """List orders.

        Get a paginated list of all orders created in your website. Optionally filter by
        created date.

        `GET /orders` (operation `list_orders`).

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
        call: Call[PageData[Order]] = Call.of(
            list_orders.OPERATION,
            list_orders.build_request(
                created_at_min=UNSET
                if created_at_min is None
                else to_timestamp("created_at_min", created_at_min),
                created_at_max=UNSET
                if created_at_max is None
                else to_timestamp("created_at_max", created_at_max),
            ),
            list_orders.parse_response,
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

    def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Order:
        """Get an order.

        Get a single order by its id.

        `GET /orders/{id}` (operation `get_order`).

        Args:
            id: The id of the order.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[Order] = Call.of(
            get_order.OPERATION,
            get_order.build_request(
                check_path_param("id", id, int),
            ),
            get_order.parse_response,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))

    def update(
        self,
        id: int,
        *,
        customer_name: str | None = None,
        customer_email: str | None = None,
        billing_address: Address | None = None,
        shipping_address: Address | None = None,
        payment_method: str | None = None,
        transaction_id: str | None = None,
        paid: bool | None = None,
        status: OrderStatusUpdate | str | None = None,
        fulfillment: Fulfillment | None = None,
        notify_customer: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Order:
        """Update an order.

        Update a single order's details. Only non-empty fields are set.

        Available order statuses are PENDING, SHIPPED, COMPLETED, CANCELED and ARCHIVED.
        If the order has digital downloads or membership products and the status is set to
        COMPLETED, the customer receives an email with access to their digital content.

        `PUT /orders/{id}` (operation `update_order`).

        Args:
            id: The id of the order.
            customer_name:
            customer_email:
            billing_address: A billing or shipping address. Real answers send `""` for empty
                fields.
            shipping_address: A billing or shipping address. Real answers send `""` for
                empty fields.
            payment_method: The payment method type, e.g. "stripe".
            transaction_id: The transaction id uniquely identifying the payment for this
                order.
            paid:
            status: The order status to set (uppercase).
            fulfillment: Shipping details of an order.
            notify_customer: Whether to notify the customer of this change.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = OrderUpdate(
            customer_name=UNSET if customer_name is None else customer_name,
            customer_email=UNSET if customer_email is None else customer_email,
            billing_address=UNSET if billing_address is None else billing_address,
            shipping_address=UNSET if shipping_address is None else shipping_address,
            payment_method=UNSET if payment_method is None else payment_method,
            transaction_id=UNSET if transaction_id is None else transaction_id,
            paid=UNSET if paid is None else paid,
            status=UNSET if status is None else coerce_enum("status", status, OrderStatusUpdate),
            fulfillment=UNSET if fulfillment is None else fulfillment,
            notify_customer=UNSET if notify_customer is None else notify_customer,
        )
        call: Call[Order] = Call.of(
            update_order.OPERATION,
            update_order.build_request(
                check_path_param("id", id, int),
                body=body,
            ),
            update_order.parse_response,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))


class SyncOrdersWithRawResponse:
    """`client.orders.with_raw_response`: the same methods, returning the
    raw answer (`simvoly.RawResponse`: status, headers, request, retries, elapsed time)
    with the result one `parse()` away. Lists return their first page's answer."""

    def __init__(self, resource: SyncOrders) -> None:
        self.list = sync_raw_pages(resource.list)
        self.get = sync_raw(resource.get)
        self.update = sync_raw(resource.update)

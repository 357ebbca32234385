"""The `products` resource: `client.products`, async and sync.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

# Annotations say `builtins.list`: inside the classes, `list` is a resource method.
import builtins
from collections.abc import Iterable, Mapping
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
    coerce_enum,
    request_options,
    sync_raw,
    sync_raw_pages,
)
from simvoly._tolerance import PageData

from ...models.category import Category
from ...models.product import Product
from ...models.product_input import ProductInput
from ...models.product_option import ProductOption
from ...models.product_type import ProductType
from ...models.product_variant import ProductVariant
from ...models.subscription import Subscription
from ...types import UNSET
from . import create_product, delete_product, get_product, list_products, update_product

__all__ = ["Products", "ProductsWithRawResponse", "SyncProducts", "SyncProductsWithRawResponse"]


class Products(AsyncAPIResource):
    """Store products."""

    @cached_property
    def with_raw_response(self) -> ProductsWithRawResponse:
        """These methods, returning the raw answer (`simvoly.RawResponse`)."""
        return ProductsWithRawResponse(self)

    def list(
        self,
        *,
        category_id: int | None = None,
        title: str | None = None,
        limit: int | None = None,
        skip: int = 0,
        concurrency: int = 1,
        max_items: int | None = None,
        resume: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | bool] | None = None,
    ) -> AsyncPaginator[Product]:
        """List products.

        Get a paginated list of all products in your website. Optionally filter by category
        or product name.

        `GET /products` (operation `list_products`).

        Args:
            category_id: List only products in the specified category (includes all products
                in the subcategories, if any).
            title: List only products containing the specified string in their title.
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
        call: Call[PageData[Product]] = Call.of(
            list_products.OPERATION,
            list_products.build_request(
                category_id=UNSET if category_id is None else category_id,
                title=UNSET if title is None else title,
            ),
            list_products.parse_response,
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
        type: ProductType | str,
        title: str,
        *,
        update_existing_product_by_url: bool | None = None,
        description: str | None = None,
        url: str | None = None,
        hidden: bool | None = None,
        images: builtins.list[str] | None = None,
        categories: builtins.list[Category] | None = None,
        options: builtins.list[ProductOption] | None = None,
        variants: builtins.list[ProductVariant] | None = None,
        subscription: Subscription | None = None,
        file: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Product:
        """Create a product.

        Create a product. Set `update_existing_product_by_url` to true to find an existing
        product with the same URL and update it instead.

        `POST /products` (operation `create_product`).

        Args:
            type: The type of the product.
            title:
            update_existing_product_by_url: If true and a product with the same URL exists,
                the existing product is updated instead.
            description: Supports light HTML formatting.
            url: The product URL (handle) in your store.
            hidden: Whether the product is hidden in your store front.
            images:
            categories:
            options:
            variants:
            subscription: Subscription details for a subscription product.
            file: Digital products only - URL of the digital file being sold.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = ProductInput(
            type_=coerce_enum("type", check_required("type", type), ProductType),
            title=check_required("title", title),
            description=UNSET if description is None else description,
            url=UNSET if url is None else url,
            hidden=UNSET if hidden is None else hidden,
            images=UNSET if images is None else images,
            categories=UNSET if categories is None else categories,
            options=UNSET if options is None else options,
            variants=UNSET if variants is None else variants,
            subscription=UNSET if subscription is None else subscription,
            file=UNSET if file is None else file,
        )
        call: Call[Product] = Call.of(
            create_product.OPERATION,
            create_product.build_request(
                body=body,
                update_existing_product_by_url=UNSET
                if update_existing_product_by_url is None
                else update_existing_product_by_url,
            ),
            create_product.parse_response,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))

    async def upsert_many(
        self,
        items: Iterable[ProductInput | Mapping[str, Any]],
        *,
        concurrency: int = 8,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[Product | Exception]:
        """Create or update many records at once, matched by `url`.

        Each item is one `create` call with update_existing_product_by_url=true. Every item
        is checked first: nothing is sent before; a bad item never stops the others, nor
        does a call that fails. Calls go through this client (its retries and rate limit),
        up to `concurrency` at once; items with the same `url` go one after the other, in
        order.

        Args:
            items: `ProductInput` models, or dicts of its JSON fields (the API's names).
            concurrency: How many calls at once.
            timeout: Seconds for each attempt of each call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for each call.
            extra_headers: Headers to send with each call.

        Returns:
            One result per item, in input order: the `Product` as the API answered
            it, or the exception: a `ValueError` for an item that breaks openapi.yaml (not
            sent), a `simvoly.SimvolyError` for a call that failed.

        Raises:
            ValueError: `items` is not a list of items, or `concurrency` not an int >= 1.
        """
        upsert: Upsert[ProductInput, Product] = Upsert(
            ProductInput,
            "url",
            lambda body: Call.of(
                create_product.OPERATION,
                create_product.build_request(
                    body=body,
                    update_existing_product_by_url=True,
                ),
                create_product.parse_response,
            ),
        )
        return await async_upsert_many(
            self,
            upsert,
            items,
            concurrency,
            request_options(timeout, max_retries, extra_headers),
        )

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Product:
        """Get a product.

        Get a single product by its id.

        `GET /products/{id}` (operation `get_product`).

        Args:
            id: The id of the product.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[Product] = Call.of(
            get_product.OPERATION,
            get_product.build_request(
                check_path_param("id", id, int),
            ),
            get_product.parse_response,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))

    async def update(
        self,
        id: int,
        type: ProductType | str,
        title: str,
        *,
        description: str | None = None,
        url: str | None = None,
        hidden: bool | None = None,
        images: builtins.list[str] | None = None,
        categories: builtins.list[Category] | None = None,
        options: builtins.list[ProductOption] | None = None,
        variants: builtins.list[ProductVariant] | None = None,
        subscription: Subscription | None = None,
        file: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Product:
        """Update a product.

        Update a single product. Only non-empty fields or provided variants are set.

        `PUT /products/{id}` (operation `update_product`).

        Args:
            id: The id of the product.
            type: The type of the product.
            title:
            description: Supports light HTML formatting.
            url: The product URL (handle) in your store.
            hidden: Whether the product is hidden in your store front.
            images:
            categories:
            options:
            variants:
            subscription: Subscription details for a subscription product.
            file: Digital products only - URL of the digital file being sold.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = ProductInput(
            type_=coerce_enum("type", check_required("type", type), ProductType),
            title=check_required("title", title),
            description=UNSET if description is None else description,
            url=UNSET if url is None else url,
            hidden=UNSET if hidden is None else hidden,
            images=UNSET if images is None else images,
            categories=UNSET if categories is None else categories,
            options=UNSET if options is None else options,
            variants=UNSET if variants is None else variants,
            subscription=UNSET if subscription is None else subscription,
            file=UNSET if file is None else file,
        )
        call: Call[Product] = Call.of(
            update_product.OPERATION,
            update_product.build_request(
                check_path_param("id", id, int),
                body=body,
            ),
            update_product.parse_response,
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
        """Delete a product.

        Delete a single product.

        `DELETE /products/{id}` (operation `delete_product`).

        Args:
            id: The id of the product.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[None] = Call.of(
            delete_product.OPERATION,
            delete_product.build_request(
                check_path_param("id", id, int),
            ),
            None,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))


class ProductsWithRawResponse:
    """`client.products.with_raw_response`: the same methods, returning the
    raw answer (`simvoly.RawResponse`: status, headers, request, retries, elapsed time)
    with the result one `parse()` away. Lists return their first page's answer."""

    def __init__(self, resource: Products) -> None:
        self.list = async_raw_pages(resource.list)
        self.create = async_raw(resource.create)
        self.get = async_raw(resource.get)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)


class SyncProducts(SyncAPIResource):
    """Store products."""

    @cached_property
    def with_raw_response(self) -> SyncProductsWithRawResponse:
        """These methods, returning the raw answer (`simvoly.RawResponse`)."""
        return SyncProductsWithRawResponse(self)

    def list(
        self,
        *,
        category_id: int | None = None,
        title: str | None = None,
        limit: int | None = None,
        skip: int = 0,
        concurrency: int = 1,
        max_items: int | None = None,
        resume: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | bool] | None = None,
    ) -> SyncPaginator[Product]:
        """List products.

        Get a paginated list of all products in your website. Optionally filter by category
        or product name.

        `GET /products` (operation `list_products`).

        Args:
            category_id: List only products in the specified category (includes all products
                in the subcategories, if any).
            title: List only products containing the specified string in their title.
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
        call: Call[PageData[Product]] = Call.of(
            list_products.OPERATION,
            list_products.build_request(
                category_id=UNSET if category_id is None else category_id,
                title=UNSET if title is None else title,
            ),
            list_products.parse_response,
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
        type: ProductType | str,
        title: str,
        *,
        update_existing_product_by_url: bool | None = None,
        description: str | None = None,
        url: str | None = None,
        hidden: bool | None = None,
        images: builtins.list[str] | None = None,
        categories: builtins.list[Category] | None = None,
        options: builtins.list[ProductOption] | None = None,
        variants: builtins.list[ProductVariant] | None = None,
        subscription: Subscription | None = None,
        file: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Product:
        """Create a product.

        Create a product. Set `update_existing_product_by_url` to true to find an existing
        product with the same URL and update it instead.

        `POST /products` (operation `create_product`).

        Args:
            type: The type of the product.
            title:
            update_existing_product_by_url: If true and a product with the same URL exists,
                the existing product is updated instead.
            description: Supports light HTML formatting.
            url: The product URL (handle) in your store.
            hidden: Whether the product is hidden in your store front.
            images:
            categories:
            options:
            variants:
            subscription: Subscription details for a subscription product.
            file: Digital products only - URL of the digital file being sold.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = ProductInput(
            type_=coerce_enum("type", check_required("type", type), ProductType),
            title=check_required("title", title),
            description=UNSET if description is None else description,
            url=UNSET if url is None else url,
            hidden=UNSET if hidden is None else hidden,
            images=UNSET if images is None else images,
            categories=UNSET if categories is None else categories,
            options=UNSET if options is None else options,
            variants=UNSET if variants is None else variants,
            subscription=UNSET if subscription is None else subscription,
            file=UNSET if file is None else file,
        )
        call: Call[Product] = Call.of(
            create_product.OPERATION,
            create_product.build_request(
                body=body,
                update_existing_product_by_url=UNSET
                if update_existing_product_by_url is None
                else update_existing_product_by_url,
            ),
            create_product.parse_response,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))

    def upsert_many(
        self,
        items: Iterable[ProductInput | Mapping[str, Any]],
        *,
        concurrency: int = 8,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[Product | Exception]:
        """Create or update many records at once, matched by `url`.

        Each item is one `create` call with update_existing_product_by_url=true. Every item
        is checked first: nothing is sent before; a bad item never stops the others, nor
        does a call that fails. Calls go through this client (its retries and rate limit),
        up to `concurrency` at once; items with the same `url` go one after the other, in
        order.

        Args:
            items: `ProductInput` models, or dicts of its JSON fields (the API's names).
            concurrency: How many calls at once.
            timeout: Seconds for each attempt of each call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for each call.
            extra_headers: Headers to send with each call.

        Returns:
            One result per item, in input order: the `Product` as the API answered
            it, or the exception: a `ValueError` for an item that breaks openapi.yaml (not
            sent), a `simvoly.SimvolyError` for a call that failed.

        Raises:
            ValueError: `items` is not a list of items, or `concurrency` not an int >= 1.
        """
        upsert: Upsert[ProductInput, Product] = Upsert(
            ProductInput,
            "url",
            lambda body: Call.of(
                create_product.OPERATION,
                create_product.build_request(
                    body=body,
                    update_existing_product_by_url=True,
                ),
                create_product.parse_response,
            ),
        )
        return sync_upsert_many(
            self,
            upsert,
            items,
            concurrency,
            request_options(timeout, max_retries, extra_headers),
        )

    def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Product:
        """Get a product.

        Get a single product by its id.

        `GET /products/{id}` (operation `get_product`).

        Args:
            id: The id of the product.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[Product] = Call.of(
            get_product.OPERATION,
            get_product.build_request(
                check_path_param("id", id, int),
            ),
            get_product.parse_response,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))

    def update(
        self,
        id: int,
        type: ProductType | str,
        title: str,
        *,
        description: str | None = None,
        url: str | None = None,
        hidden: bool | None = None,
        images: builtins.list[str] | None = None,
        categories: builtins.list[Category] | None = None,
        options: builtins.list[ProductOption] | None = None,
        variants: builtins.list[ProductVariant] | None = None,
        subscription: Subscription | None = None,
        file: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Product:
        """Update a product.

        Update a single product. Only non-empty fields or provided variants are set.

        `PUT /products/{id}` (operation `update_product`).

        Args:
            id: The id of the product.
            type: The type of the product.
            title:
            description: Supports light HTML formatting.
            url: The product URL (handle) in your store.
            hidden: Whether the product is hidden in your store front.
            images:
            categories:
            options:
            variants:
            subscription: Subscription details for a subscription product.
            file: Digital products only - URL of the digital file being sold.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        body = ProductInput(
            type_=coerce_enum("type", check_required("type", type), ProductType),
            title=check_required("title", title),
            description=UNSET if description is None else description,
            url=UNSET if url is None else url,
            hidden=UNSET if hidden is None else hidden,
            images=UNSET if images is None else images,
            categories=UNSET if categories is None else categories,
            options=UNSET if options is None else options,
            variants=UNSET if variants is None else variants,
            subscription=UNSET if subscription is None else subscription,
            file=UNSET if file is None else file,
        )
        call: Call[Product] = Call.of(
            update_product.OPERATION,
            update_product.build_request(
                check_path_param("id", id, int),
                body=body,
            ),
            update_product.parse_response,
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
        """Delete a product.

        Delete a single product.

        `DELETE /products/{id}` (operation `delete_product`).

        Args:
            id: The id of the product.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[None] = Call.of(
            delete_product.OPERATION,
            delete_product.build_request(
                check_path_param("id", id, int),
            ),
            None,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))


class SyncProductsWithRawResponse:
    """`client.products.with_raw_response`: the same methods, returning the
    raw answer (`simvoly.RawResponse`: status, headers, request, retries, elapsed time)
    with the result one `parse()` away. Lists return their first page's answer."""

    def __init__(self, resource: SyncProducts) -> None:
        self.list = sync_raw_pages(resource.list)
        self.create = sync_raw(resource.create)
        self.get = sync_raw(resource.get)
        self.update = sync_raw(resource.update)
        self.delete = sync_raw(resource.delete)

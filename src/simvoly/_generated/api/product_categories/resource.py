"""The `product_categories` resource: `client.product_categories`, async and sync.

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
    request_options,
    sync_raw,
)

from ...models.category import Category
from ...types import UNSET
from . import list_product_categories

__all__ = [
    "ProductCategories",
    "ProductCategoriesWithRawResponse",
    "SyncProductCategories",
    "SyncProductCategoriesWithRawResponse",
]


class ProductCategories(AsyncAPIResource):
    """Store product categories."""

    @cached_property
    def with_raw_response(self) -> ProductCategoriesWithRawResponse:
        """These methods, returning the raw answer (`simvoly.RawResponse`)."""
        return ProductCategoriesWithRawResponse(self)

    async def list(
        self,
        *,
        parent: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[Category]:
        """List product categories.

        Get a list of all categories in the store (a plain array, not paginated).

        `GET /products/categories` (operation `list_product_categories`).

        Args:
            parent: List only direct sub-categories of the provided parent.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[builtins.list[Category]] = Call.of(
            list_product_categories.OPERATION,
            list_product_categories.build_request(
                parent=UNSET if parent is None else parent,
            ),
            list_product_categories.parse_response,
        )
        return await self._send(call, request_options(timeout, max_retries, extra_headers))


class ProductCategoriesWithRawResponse:
    """`client.product_categories.with_raw_response`: the same methods, returning the
    raw answer (`simvoly.RawResponse`: status, headers, request, retries, elapsed time)
    with the result one `parse()` away. Lists return their first page's answer."""

    def __init__(self, resource: ProductCategories) -> None:
        self.list = async_raw(resource.list)


class SyncProductCategories(SyncAPIResource):
    """Store product categories."""

    @cached_property
    def with_raw_response(self) -> SyncProductCategoriesWithRawResponse:
        """These methods, returning the raw answer (`simvoly.RawResponse`)."""
        return SyncProductCategoriesWithRawResponse(self)

    def list(
        self,
        *,
        parent: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[Category]:
        """List product categories.

        Get a list of all categories in the store (a plain array, not paginated).

        `GET /products/categories` (operation `list_product_categories`).

        Args:
            parent: List only direct sub-categories of the provided parent.
            timeout: Seconds for each attempt of this call (or an `httpx.Timeout`).
            max_retries: Retries of a transient failure, for this call.
            extra_headers: Headers to send with this call.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        call: Call[builtins.list[Category]] = Call.of(
            list_product_categories.OPERATION,
            list_product_categories.build_request(
                parent=UNSET if parent is None else parent,
            ),
            list_product_categories.parse_response,
        )
        return self._send(call, request_options(timeout, max_retries, extra_headers))


class SyncProductCategoriesWithRawResponse:
    """`client.product_categories.with_raw_response`: the same methods, returning the
    raw answer (`simvoly.RawResponse`: status, headers, request, retries, elapsed time)
    with the result one `parse()` away. Lists return their first page's answer."""

    def __init__(self, resource: SyncProductCategories) -> None:
        self.list = sync_raw(resource.list)

"""The `products` resource: `client.products`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

# Annotations say `builtins.list`: inside the class, `list` is the resource's method.
import builtins

from simvoly._resource import (
    APIResource,
    AsyncPaginator,
    check_path_param,
    check_required,
    coerce_enum,
)

from ...models.category import Category
from ...models.product import Product
from ...models.product_input import ProductInput
from ...models.product_option import ProductOption
from ...models.product_type import ProductType
from ...models.product_variant import ProductVariant
from ...models.subscription import Subscription
from ...types import UNSET
from . import create_product, delete_product, get_product, list_products, update_product

__all__ = ["Products"]


class Products(APIResource):
    """Operations on products."""

    def list(
        self,
        *,
        category_id: int | None = None,
        title: str | None = None,
        limit: int | None = None,
        skip: int = 0,
        concurrency: int = 1,
        max_items: int | None = None,
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

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        return self._paginate(
            list_products.OPERATION_ID,
            list_products.build_request(
                category_id=UNSET if category_id is None else category_id,
                title=UNSET if title is None else title,
            ),
            list_products.parse_response,
            limit=limit,
            skip=skip,
            concurrency=concurrency,
            max_items=max_items,
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
        return await self._request(
            create_product.OPERATION_ID,
            create_product.build_request(
                body=body,
                update_existing_product_by_url=UNSET
                if update_existing_product_by_url is None
                else update_existing_product_by_url,
            ),
            create_product.parse_response,
        )

    async def get(
        self,
        id: int,
    ) -> Product:
        """Get a product.

        Get a single product by its id.

        `GET /products/{id}` (operation `get_product`).

        Args:
            id: The id of the product.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        return await self._request(
            get_product.OPERATION_ID,
            get_product.build_request(
                check_path_param("id", id, int),
            ),
            get_product.parse_response,
        )

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
        return await self._request(
            update_product.OPERATION_ID,
            update_product.build_request(
                check_path_param("id", id, int),
                body=body,
            ),
            update_product.parse_response,
        )

    async def delete(
        self,
        id: int,
    ) -> None:
        """Delete a product.

        Delete a single product.

        `DELETE /products/{id}` (operation `delete_product`).

        Args:
            id: The id of the product.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        await self._request(
            delete_product.OPERATION_ID,
            delete_product.build_request(
                check_path_param("id", id, int),
            ),
            None,
        )

"""The `product_categories` resource: `client.product_categories`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

# Annotations say `builtins.list`: inside the class, `list` is the resource's method.
import builtins

from simvoly._resource import APIResource

from ...models.category import Category
from ...types import UNSET
from . import list_product_categories

__all__ = ["ProductCategories"]


class ProductCategories(APIResource):
    """Operations on product categories."""

    async def list(
        self,
        *,
        parent: int | None = None,
    ) -> builtins.list[Category]:
        """List product categories.

        Get a list of all categories in the store (a plain array, not paginated).

        `GET /products/categories` (operation `list_product_categories`).

        Args:
            parent: List only direct sub-categories of the provided parent.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        return await self._request(
            list_product_categories.OPERATION_ID,
            list_product_categories.build_request(
                parent=UNSET if parent is None else parent,
            ),
            list_product_categories.parse_response,
        )

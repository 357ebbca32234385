from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_type import ProductType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.category import Category
    from ..models.product_option import ProductOption
    from ..models.product_variant import ProductVariant
    from ..models.subscription import Subscription


T = TypeVar("T", bound="Product")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "id",
        "type",
        "title",
        "description",
        "url",
        "hidden",
        "images",
        "categories",
        "options",
        "variants",
        "subscription",
        "file",
    }
)


@_attrs_define
class Product:
    """A store product.

    Attributes:
        id (int): Unique identifier.
        type_ (ProductType | Unset): The type of the product.
        title (str | Unset):
        description (str | Unset): Supports light HTML formatting.
        url (str | Unset): The product URL (handle) in your store.
        hidden (bool | Unset): Whether the product is hidden in your store front.
        images (list[str] | Unset):
        categories (list[Category] | Unset):
        options (list[ProductOption] | Unset):
        variants (list[ProductVariant] | Unset):
        subscription (Subscription | Unset): Subscription details for a subscription product.
        file (str | Unset): Digital products only - URL of the digital file being sold.
    """

    id: int
    type_: ProductType | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    url: str | Unset = UNSET
    hidden: bool | Unset = UNSET
    images: list[str] | Unset = UNSET
    categories: list[Category] | Unset = UNSET
    options: list[ProductOption] | Unset = UNSET
    variants: list[ProductVariant] | Unset = UNSET
    subscription: Subscription | Unset = UNSET
    file: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        title = self.title

        description = self.description

        url = self.url

        hidden = self.hidden

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        variants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variants, Unset):
            variants = []
            for variants_item_data in self.variants:
                variants_item = variants_item_data.to_dict()
                variants.append(variants_item)

        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = self.subscription.to_dict()

        file = self.file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if url is not UNSET:
            field_dict["url"] = url
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if images is not UNSET:
            field_dict["images"] = images
        if categories is not UNSET:
            field_dict["categories"] = categories
        if options is not UNSET:
            field_dict["options"] = options
        if variants is not UNSET:
            field_dict["variants"] = variants
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        _type_ = _get("type", UNSET)
        type_: ProductType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ProductType(_type_)

        title = _get("title", UNSET)

        description = _get("description", UNSET)

        url = _get("url", UNSET)

        hidden = _get("hidden", UNSET)

        images = _get("images", UNSET)

        _categories = _get("categories", UNSET)
        categories: list[Category] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = Category.from_dict(categories_item_data)

                categories.append(categories_item)

        _options = _get("options", UNSET)
        options: list[ProductOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = ProductOption.from_dict(options_item_data)

                options.append(options_item)

        _variants = _get("variants", UNSET)
        variants: list[ProductVariant] | Unset = UNSET
        if _variants is not UNSET:
            variants = []
            for variants_item_data in _variants:
                variants_item = ProductVariant.from_dict(variants_item_data)

                variants.append(variants_item)

        _subscription = _get("subscription", UNSET)
        subscription: Subscription | Unset
        if isinstance(_subscription, Unset):
            subscription = UNSET
        else:
            subscription = Subscription.from_dict(_subscription)

        file = _get("file", UNSET)

        product = cls(
            id=id,
            type_=type_,
            title=title,
            description=description,
            url=url,
            hidden=hidden,
            images=images,
            categories=categories,
            options=options,
            variants=variants,
            subscription=subscription,
            file=file,
        )

        d = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )

        product.additional_properties = d
        return product

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


if not TYPE_CHECKING:
    from ..models.category import Category
    from ..models.product_option import ProductOption
    from ..models.product_variant import ProductVariant
    from ..models.subscription import Subscription

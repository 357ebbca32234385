from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from simvoly._tolerance import (
    BOOLEAN,
    STRING,
    Fallback,
    Field,
    SpecDeviationError,
    enum_members,
    enum_of,
    list_of,
    model_of,
    read,
    register,
)

from ..models.product_type import ProductType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.category import Category
    from ..models.product_option import ProductOption
    from ..models.product_variant import ProductVariant
    from ..models.subscription import Subscription


T = TypeVar("T", bound="ProductInput")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
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

_PRODUCT_TYPE_MEMBERS = enum_members(ProductType)


@_attrs_define
class ProductInput:
    """The fields of a product to create or update. On update only non-empty fields or provided variants are set.

    Attributes:
        type_ (ProductType): The type of the product.
        title (str):
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

    type_: ProductType
    title: str
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
        field_dict.update(
            {
                "type": type_,
                "title": title,
            }
        )
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
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """Read a JSON object of the API: tolerantly, or with `strict`, checking it.

        Tolerant: null and wrongly typed values read as absent and are kept in
        `additional_properties`, unreadable list items are left out (see
        `simvoly._tolerance`). Strict: any deviation from the spec raises.

        Raises:
            SpecDeviationError: `src_dict` is not an object, or a required field is
                missing, null or of the wrong type; with `strict`, any deviation.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            return read(cls, src_dict, strict)
        # Every field there and no other, as answers usually are: read by subscript, with
        # no look for unknown keys after; else by get(), absent ones UNSET.
        _exact = len(src_dict) == 11
        if _exact:
            try:
                type_ = src_dict["type"]
                title = src_dict["title"]
                description = src_dict["description"]
                url = src_dict["url"]
                hidden = src_dict["hidden"]
                images = src_dict["images"]
                categories = src_dict["categories"]
                options = src_dict["options"]
                variants = src_dict["variants"]
                subscription = src_dict["subscription"]
                file = src_dict["file"]
            except KeyError:
                _exact = False
        if not _exact:
            _get = src_dict.get
            type_ = _get("type", UNSET)
            title = _get("title", UNSET)
            description = _get("description", UNSET)
            url = _get("url", UNSET)
            hidden = _get("hidden", UNSET)
            images = _get("images", UNSET)
            categories = _get("categories", UNSET)
            options = _get("options", UNSET)
            variants = _get("variants", UNSET)
            subscription = _get("subscription", UNSET)
            file = _get("file", UNSET)
        try:
            if not (
                type(title) is str
                and (type(description) is str or description is UNSET)
                and (type(url) is str or url is UNSET)
                and (type(hidden) is bool or hidden is UNSET)
                and (type(file) is str or file is UNSET)
            ):
                raise Fallback
            if type(type_) is not str:
                raise Fallback
            type_ = _PRODUCT_TYPE_MEMBERS.get(type_) or ProductType(type_)
            if images is not UNSET:
                if type(images) is not list:
                    raise Fallback
                for _item in images:
                    if type(_item) is not str:
                        raise Fallback
            if categories is not UNSET:
                if type(categories) is not list:
                    raise Fallback
                _read_categories = Category.from_dict
                categories = [_read_categories(_item, strict=strict) for _item in categories]
            if options is not UNSET:
                if type(options) is not list:
                    raise Fallback
                _read_options = ProductOption.from_dict
                options = [_read_options(_item, strict=strict) for _item in options]
            if variants is not UNSET:
                if type(variants) is not list:
                    raise Fallback
                _read_variants = ProductVariant.from_dict
                variants = [_read_variants(_item, strict=strict) for _item in variants]
            if subscription is not UNSET:
                if type(subscription) is not dict:
                    raise Fallback
                subscription = Subscription.from_dict(subscription, strict=strict)
        except (Fallback, SpecDeviationError):
            return read(cls, src_dict, strict)
        _self = cls(
            type_,
            title,
            description,
            url,
            hidden,
            images,
            categories,
            options,
            variants,
            subscription,
            file,
        )
        if not _exact and not _FIELDS.issuperset(src_dict):
            _self.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
        return _self

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


def _describe() -> tuple[Field, ...]:
    return (
        Field("type", "type_", enum_of(ProductType), required=True),
        Field("title", "title", STRING, required=True),
        Field("description", "description", STRING),
        Field("url", "url", STRING),
        Field("hidden", "hidden", BOOLEAN),
        Field("images", "images", list_of(STRING)),
        Field("categories", "categories", list_of(model_of(Category))),
        Field("options", "options", list_of(model_of(ProductOption))),
        Field("variants", "variants", list_of(model_of(ProductVariant))),
        Field("subscription", "subscription", model_of(Subscription)),
        Field("file", "file", STRING),
    )


register(ProductInput, _describe)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from simvoly._tolerance import (
    BOOLEAN,
    INTEGER,
    NUMBER,
    NUMBER_TYPES,
    STRING,
    Fallback,
    Field,
    SpecDeviationError,
    list_of,
    model_of,
    read,
    register,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.name_value import NameValue


T = TypeVar("T", bound="OrderItem")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "id",
        "name",
        "url",
        "productId",
        "type",
        "sku",
        "quantity",
        "total",
        "weight",
        "width",
        "height",
        "length",
        "shippingRequired",
        "images",
        "variation",
        "additions",
    }
)


@_attrs_define
class OrderItem:
    """A line of an order.

    Attributes:
        id (int | Unset):
        name (str | Unset):
        url (str | Unset):
        product_id (int | Unset):
        type_ (str | Unset): The type of the product, e.g. physical, digital, service.
        sku (str | Unset):
        quantity (int | Unset):
        total (float | Unset):
        weight (float | Unset):
        width (float | Unset):
        height (float | Unset):
        length (float | Unset):
        shipping_required (bool | Unset):
        images (list[str] | Unset): URLs of the product's images (empty when it has none).
        variation (list[NameValue] | Unset): The chosen option values.
        additions (list[NameValue] | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    product_id: int | Unset = UNSET
    type_: str | Unset = UNSET
    sku: str | Unset = UNSET
    quantity: int | Unset = UNSET
    total: float | Unset = UNSET
    weight: float | Unset = UNSET
    width: float | Unset = UNSET
    height: float | Unset = UNSET
    length: float | Unset = UNSET
    shipping_required: bool | Unset = UNSET
    images: list[str] | Unset = UNSET
    variation: list[NameValue] | Unset = UNSET
    additions: list[NameValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        url = self.url

        product_id = self.product_id

        type_ = self.type_

        sku = self.sku

        quantity = self.quantity

        total = self.total

        weight = self.weight

        width = self.width

        height = self.height

        length = self.length

        shipping_required = self.shipping_required

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        variation: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variation, Unset):
            variation = []
            for variation_item_data in self.variation:
                variation_item = variation_item_data.to_dict()
                variation.append(variation_item)

        additions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additions, Unset):
            additions = []
            for additions_item_data in self.additions:
                additions_item = additions_item_data.to_dict()
                additions.append(additions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if sku is not UNSET:
            field_dict["sku"] = sku
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if total is not UNSET:
            field_dict["total"] = total
        if weight is not UNSET:
            field_dict["weight"] = weight
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if length is not UNSET:
            field_dict["length"] = length
        if shipping_required is not UNSET:
            field_dict["shippingRequired"] = shipping_required
        if images is not UNSET:
            field_dict["images"] = images
        if variation is not UNSET:
            field_dict["variation"] = variation
        if additions is not UNSET:
            field_dict["additions"] = additions
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
        _exact = len(src_dict) == 16
        if _exact:
            try:
                id = src_dict["id"]
                name = src_dict["name"]
                url = src_dict["url"]
                product_id = src_dict["productId"]
                type_ = src_dict["type"]
                sku = src_dict["sku"]
                quantity = src_dict["quantity"]
                total = src_dict["total"]
                weight = src_dict["weight"]
                width = src_dict["width"]
                height = src_dict["height"]
                length = src_dict["length"]
                shipping_required = src_dict["shippingRequired"]
                images = src_dict["images"]
                variation = src_dict["variation"]
                additions = src_dict["additions"]
            except KeyError:
                _exact = False
        if not _exact:
            _get = src_dict.get
            id = _get("id", UNSET)
            name = _get("name", UNSET)
            url = _get("url", UNSET)
            product_id = _get("productId", UNSET)
            type_ = _get("type", UNSET)
            sku = _get("sku", UNSET)
            quantity = _get("quantity", UNSET)
            total = _get("total", UNSET)
            weight = _get("weight", UNSET)
            width = _get("width", UNSET)
            height = _get("height", UNSET)
            length = _get("length", UNSET)
            shipping_required = _get("shippingRequired", UNSET)
            images = _get("images", UNSET)
            variation = _get("variation", UNSET)
            additions = _get("additions", UNSET)
        try:
            if not (
                (type(id) is int or id is UNSET)
                and (type(name) is str or name is UNSET)
                and (type(url) is str or url is UNSET)
                and (type(product_id) is int or product_id is UNSET)
                and (type(type_) is str or type_ is UNSET)
                and (type(sku) is str or sku is UNSET)
                and (type(quantity) is int or quantity is UNSET)
                and (type(total) in NUMBER_TYPES or total is UNSET)
                and (type(weight) in NUMBER_TYPES or weight is UNSET)
                and (type(width) in NUMBER_TYPES or width is UNSET)
                and (type(height) in NUMBER_TYPES or height is UNSET)
                and (type(length) in NUMBER_TYPES or length is UNSET)
                and (type(shipping_required) is bool or shipping_required is UNSET)
            ):
                raise Fallback
            if images is not UNSET:
                if type(images) is not list:
                    raise Fallback
                for _item in images:
                    if type(_item) is not str:
                        raise Fallback
            if variation is not UNSET:
                if type(variation) is not list:
                    raise Fallback
                _read_variation = NameValue.from_dict
                variation = [_read_variation(_item, strict=strict) for _item in variation]
            if additions is not UNSET:
                if type(additions) is not list:
                    raise Fallback
                _read_additions = NameValue.from_dict
                additions = [_read_additions(_item, strict=strict) for _item in additions]
        except (Fallback, SpecDeviationError):
            return read(cls, src_dict, strict)
        _self = cls(
            id,
            name,
            url,
            product_id,
            type_,
            sku,
            quantity,
            total,
            weight,
            width,
            height,
            length,
            shipping_required,
            images,
            variation,
            additions,
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
    from ..models.name_value import NameValue


def _describe() -> tuple[Field, ...]:
    return (
        Field("id", "id", INTEGER),
        Field("name", "name", STRING),
        Field("url", "url", STRING),
        Field("productId", "product_id", INTEGER),
        Field("type", "type_", STRING),
        Field("sku", "sku", STRING),
        Field("quantity", "quantity", INTEGER),
        Field("total", "total", NUMBER),
        Field("weight", "weight", NUMBER),
        Field("width", "width", NUMBER),
        Field("height", "height", NUMBER),
        Field("length", "length", NUMBER),
        Field("shippingRequired", "shipping_required", BOOLEAN),
        Field("images", "images", list_of(STRING)),
        Field("variation", "variation", list_of(model_of(NameValue))),
        Field("additions", "additions", list_of(model_of(NameValue))),
    )


register(OrderItem, _describe)

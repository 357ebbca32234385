from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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
    read,
    register,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductVariant")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "options",
        "price",
        "onSale",
        "regularPrice",
        "salePrice",
        "quantity",
        "sku",
        "weight",
    }
)


@_attrs_define
class ProductVariant:
    """One combination of option values, with its price and stock. `regularPrice`, `salePrice`, `quantity` (no stock
    tracking), `sku` and `weight` may be null.

        Attributes:
            options (list[str] | Unset):
            price (float | Unset):
            on_sale (bool | Unset):
            regular_price (float | None | Unset):
            sale_price (float | None | Unset):
            quantity (int | None | Unset): The stock; null when stock is not tracked.
            sku (None | str | Unset):
            weight (float | None | Unset):
    """

    options: list[str] | Unset = UNSET
    price: float | Unset = UNSET
    on_sale: bool | Unset = UNSET
    regular_price: float | Unset | None = UNSET
    sale_price: float | Unset | None = UNSET
    quantity: int | Unset | None = UNSET
    sku: str | Unset | None = UNSET
    weight: float | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        price = self.price

        on_sale = self.on_sale

        regular_price: float | Unset | None
        if isinstance(self.regular_price, Unset):
            regular_price = UNSET
        else:
            regular_price = self.regular_price

        sale_price: float | Unset | None
        if isinstance(self.sale_price, Unset):
            sale_price = UNSET
        else:
            sale_price = self.sale_price

        quantity: int | Unset | None
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        sku: str | Unset | None
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        weight: float | Unset | None
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update({})
        if options is not UNSET:
            field_dict["options"] = options
        if price is not UNSET:
            field_dict["price"] = price
        if on_sale is not UNSET:
            field_dict["onSale"] = on_sale
        if regular_price is not UNSET:
            field_dict["regularPrice"] = regular_price
        if sale_price is not UNSET:
            field_dict["salePrice"] = sale_price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if sku is not UNSET:
            field_dict["sku"] = sku
        if weight is not UNSET:
            field_dict["weight"] = weight
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
        _exact = len(src_dict) == 8
        if _exact:
            try:
                options = src_dict["options"]
                price = src_dict["price"]
                on_sale = src_dict["onSale"]
                regular_price = src_dict["regularPrice"]
                sale_price = src_dict["salePrice"]
                quantity = src_dict["quantity"]
                sku = src_dict["sku"]
                weight = src_dict["weight"]
            except KeyError:
                _exact = False
        if not _exact:
            _get = src_dict.get
            options = _get("options", UNSET)
            price = _get("price", UNSET)
            on_sale = _get("onSale", UNSET)
            regular_price = _get("regularPrice", UNSET)
            sale_price = _get("salePrice", UNSET)
            quantity = _get("quantity", UNSET)
            sku = _get("sku", UNSET)
            weight = _get("weight", UNSET)
        try:
            if not (
                (type(price) in NUMBER_TYPES or price is UNSET)
                and (type(on_sale) is bool or on_sale is UNSET)
                and (
                    type(regular_price) in NUMBER_TYPES
                    or regular_price is None
                    or regular_price is UNSET
                )
                and (type(sale_price) in NUMBER_TYPES or sale_price is None or sale_price is UNSET)
                and (type(quantity) is int or quantity is None or quantity is UNSET)
                and (type(sku) is str or sku is None or sku is UNSET)
                and (type(weight) in NUMBER_TYPES or weight is None or weight is UNSET)
            ):
                raise Fallback
            if options is not UNSET:
                if type(options) is not list:
                    raise Fallback
                for _item in options:
                    if type(_item) is not str:
                        raise Fallback
        except (Fallback, SpecDeviationError):
            return read(cls, src_dict, strict)
        _self = cls(
            options,
            price,
            on_sale,
            regular_price,
            sale_price,
            quantity,
            sku,
            weight,
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


def _describe() -> tuple[Field, ...]:
    return (
        Field("options", "options", list_of(STRING)),
        Field("price", "price", NUMBER),
        Field("onSale", "on_sale", BOOLEAN),
        Field("regularPrice", "regular_price", NUMBER, nullable=True),
        Field("salePrice", "sale_price", NUMBER, nullable=True),
        Field("quantity", "quantity", INTEGER, nullable=True),
        Field("sku", "sku", STRING, nullable=True),
        Field("weight", "weight", NUMBER, nullable=True),
    )


register(ProductVariant, _describe)

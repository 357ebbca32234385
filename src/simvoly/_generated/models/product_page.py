from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from simvoly._tolerance import (
    INTEGER,
    Fallback,
    Field,
    SpecDeviationError,
    list_of,
    model_of,
    read,
    register,
)

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.product import Product


T = TypeVar("T", bound="ProductPage")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "items",
        "totalCount",
        "limit",
        "skip",
    }
)


@_attrs_define
class ProductPage:
    """One page of products.

    Attributes:
        items (list[Product]):
        total_count (int): The number of products matching the query, across all pages.
        limit (int): The page size used.
        skip (int): The offset of this page.
    """

    items: list[Product]
    total_count: int
    limit: int
    skip: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total_count = self.total_count

        limit = self.limit

        skip = self.skip

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "items": items,
                "totalCount": total_count,
                "limit": limit,
                "skip": skip,
            }
        )
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
        _exact = len(src_dict) == 4
        if _exact:
            try:
                items = src_dict["items"]
                total_count = src_dict["totalCount"]
                limit = src_dict["limit"]
                skip = src_dict["skip"]
            except KeyError:
                _exact = False
        if not _exact:
            _get = src_dict.get
            items = _get("items", UNSET)
            total_count = _get("totalCount", UNSET)
            limit = _get("limit", UNSET)
            skip = _get("skip", UNSET)
        try:
            if not (type(total_count) is int and type(limit) is int and type(skip) is int):
                raise Fallback
            if type(items) is not list:
                raise Fallback
            _read_items = Product.from_dict
            items = [_read_items(_item, strict=strict) for _item in items]
        except (Fallback, SpecDeviationError):
            return read(cls, src_dict, strict)
        _self = cls(
            items,
            total_count,
            limit,
            skip,
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
    from ..models.product import Product


def _describe() -> tuple[Field, ...]:
    return (
        Field("items", "items", list_of(model_of(Product)), required=True),
        Field("totalCount", "total_count", INTEGER, required=True),
        Field("limit", "limit", INTEGER, required=True),
        Field("skip", "skip", INTEGER, required=True),
    )


register(ProductPage, _describe)

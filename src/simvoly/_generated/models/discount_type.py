from enum import StrEnum
from typing import Self


class DiscountType(StrEnum):
    """Type of discount used (the order's `discountType` is null when none was)."""

    FIXED_DISCOUNT = "fixed_discount"
    FREE_SHIPPING = "free_shipping"
    PERCENT_DISCOUNT = "percent_discount"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        # A value newer than this client: keep it rather than fail the whole response.
        # Arguments are checked against the listed members before sending instead.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

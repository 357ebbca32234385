from enum import StrEnum
from typing import Self


class OrderStatusUpdate(StrEnum):
    """The order status to set (uppercase)."""

    ARCHIVED = "ARCHIVED"
    CANCELED = "CANCELED"
    COMPLETED = "COMPLETED"
    PENDING = "PENDING"
    SHIPPED = "SHIPPED"

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

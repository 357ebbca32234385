from enum import StrEnum
from typing import Self


class OrderStatus(StrEnum):
    """Order status. Returned in lowercase; see OrderStatusUpdate for the uppercase values
    the update operation accepts."""

    ARCHIVED = "archived"
    CANCELED = "canceled"
    COMPLETED = "completed"
    PENDING = "pending"
    SHIPPED = "shipped"

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

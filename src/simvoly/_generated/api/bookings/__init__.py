"""The `bookings` resource: `client.bookings`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from .resource import Bookings, BookingsWithRawResponse, SyncBookings, SyncBookingsWithRawResponse

__all__ = [
    "Bookings",
    "BookingsWithRawResponse",
    "SyncBookings",
    "SyncBookingsWithRawResponse",
]

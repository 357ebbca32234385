"""The `bookings` resource: `client.bookings`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from datetime import datetime

from simvoly._resource import APIResource, AsyncPaginator, to_timestamp

from ...models.booking import Booking
from ...types import UNSET
from . import list_bookings

__all__ = ["Bookings"]


class Bookings(APIResource):
    """Operations on bookings."""

    def list(
        self,
        *,
        from_: int | datetime | None = None,
        to: int | datetime | None = None,
        event_id: int | None = None,
        limit: int | None = None,
        skip: int = 0,
        concurrency: int = 1,
        max_items: int | None = None,
    ) -> AsyncPaginator[Booking]:
        """List bookings.

        Get a paginated list of booked sessions in the website / funnel.

        `GET /bookings` (operation `list_bookings`).

        Args:
            from_: List only bookings starting after the specified timestamp (inclusive, in
                seconds since the Unix epoch).
            to: List only bookings starting before the specified timestamp (inclusive, in
                seconds since the Unix epoch).
            event_id: List only bookings with the selected event id.
            limit: Page size, 1..50; walking every item uses 50 unless set.
            skip: The offset to start from.
            concurrency: How many pages to fetch ahead while iterating (items stay in order).
            max_items: Stop iterating after this many items.

        Raises:
            ValueError: An argument breaks a constraint of the API (checked before sending).
            simvoly.APIStatusError: The API answered with an error (a subclass per status).
            simvoly.APIConnectionError: The API could not be reached.
        """
        return self._paginate(
            list_bookings.OPERATION_ID,
            list_bookings.build_request(
                from_=UNSET if from_ is None else to_timestamp("from_", from_),
                to=UNSET if to is None else to_timestamp("to", to),
                event_id=UNSET if event_id is None else event_id,
            ),
            list_bookings.parse_response,
            limit=limit,
            skip=skip,
            concurrency=concurrency,
            max_items=max_items,
        )

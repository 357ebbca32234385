"""The `form_submissions` resource: `client.form_submissions`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from datetime import datetime

from simvoly._resource import APIResource, AsyncPaginator, to_timestamp

from ...models.form_submission import FormSubmission
from ...types import UNSET
from . import list_form_submissions

__all__ = ["FormSubmissions"]


class FormSubmissions(APIResource):
    """Operations on form submissions."""

    def list(
        self,
        *,
        from_: int | datetime | None = None,
        to: int | datetime | None = None,
        limit: int | None = None,
        skip: int = 0,
        concurrency: int = 1,
        max_items: int | None = None,
    ) -> AsyncPaginator[FormSubmission]:
        """List form submissions.

        Get a paginated list of all form submissions in the website.

        `GET /form-submissions` (operation `list_form_submissions`).

        Args:
            from_: List only form submissions created after the specified timestamp
                (inclusive, in seconds since the Unix epoch).
            to: List only form submissions created before the specified timestamp
                (inclusive, in seconds since the Unix epoch).
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
            list_form_submissions.OPERATION_ID,
            list_form_submissions.build_request(
                from_=UNSET if from_ is None else to_timestamp("from_", from_),
                to=UNSET if to is None else to_timestamp("to", to),
            ),
            list_form_submissions.parse_response,
            limit=limit,
            skip=skip,
            concurrency=concurrency,
            max_items=max_items,
        )

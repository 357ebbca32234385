"""GET /form-submissions: List form submissions.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any

from simvoly._tolerance import PageData, read_page

from ...models.form_submission import FormSubmission
from ...models.form_submission_page import FormSubmissionPage
from ...operations import OPERATIONS
from ...types import UNSET, Unset

OPERATION = OPERATIONS["list_form_submissions"]
OPERATION_ID = OPERATION.id
METHOD = OPERATION.method
PATH = OPERATION.path


def build_request(
    *,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    limit: int | Unset = 30,
    skip: int | Unset = 0,
) -> dict[str, Any]:
    """The `httpx` request arguments (method, url, params, json) for this operation."""
    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["limit"] = limit

    params["skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/form-submissions",
        "params": params,
    }

    return _kwargs


def parse_response(data: Any, strict: bool = False) -> PageData[FormSubmission]:
    """The page of a 200 answer (its items and total) from its decoded JSON body."""
    return read_page(FormSubmissionPage, data, strict)

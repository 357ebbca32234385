"""GET /contacts/search-by-email: Find a contact by email.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any

from ...models.contact import Contact
from ...operations import OPERATIONS
from ...types import UNSET

OPERATION = OPERATIONS["get_contact_by_email"]
OPERATION_ID = OPERATION.id
METHOD = OPERATION.method
PATH = OPERATION.path


def build_request(
    *,
    email: str,
) -> dict[str, Any]:
    """The `httpx` request arguments (method, url, params, json) for this operation."""
    params: dict[str, Any] = {}

    params["email"] = email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/contacts/search-by-email",
        "params": params,
    }

    return _kwargs


def parse_response(data: Any, strict: bool = False) -> Contact:
    """Build the result of a 200 answer from its decoded JSON body."""
    return Contact.from_dict(data, strict=strict)

"""GET /contacts/{id}: Get a contact.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any
from urllib.parse import quote

from ...models.contact import Contact

OPERATION_ID = "get_contact"
METHOD = "GET"
PATH = "/contacts/{id}"


def build_request(
    id: int,
) -> dict[str, Any]:
    """The `httpx` request arguments (method, url, params, json) for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/contacts/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse_response(data: Any, strict: bool = False) -> Contact:
    """Build the result of a 200 answer from its decoded JSON body."""
    return Contact.from_dict(data, strict=strict)

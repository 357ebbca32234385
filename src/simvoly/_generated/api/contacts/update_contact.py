"""PUT /contacts/{id}: Update a contact.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any
from urllib.parse import quote

from ...models.contact import Contact
from ...models.contact_input import ContactInput
from ...operations import OPERATIONS

OPERATION = OPERATIONS["update_contact"]
OPERATION_ID = OPERATION.id
METHOD = OPERATION.method
PATH = OPERATION.path


def build_request(
    id: int,
    *,
    body: ContactInput,
) -> dict[str, Any]:
    """The `httpx` request arguments (method, url, params, json) for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/contacts/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse_response(data: Any, strict: bool = False) -> Contact:
    """Build the result of a 200 answer from its decoded JSON body."""
    return Contact.from_dict(data, strict=strict)

"""The `form_submissions` resource: `client.form_submissions`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from .resource import (
    FormSubmissions,
    FormSubmissionsWithRawResponse,
    SyncFormSubmissions,
    SyncFormSubmissionsWithRawResponse,
)

__all__ = [
    "FormSubmissions",
    "FormSubmissionsWithRawResponse",
    "SyncFormSubmissions",
    "SyncFormSubmissionsWithRawResponse",
]

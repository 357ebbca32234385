"""The `contacts` resource: `client.contacts`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from .resource import Contacts, ContactsWithRawResponse, SyncContacts, SyncContactsWithRawResponse

__all__ = [
    "Contacts",
    "ContactsWithRawResponse",
    "SyncContacts",
    "SyncContactsWithRawResponse",
]

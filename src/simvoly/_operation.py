"""`Operation`: what the runtime knows about one operation of the API.

Every value comes from openapi.yaml (its paths and `x-simvoly-*` extensions) through the
generated table `simvoly._generated.operations.OPERATIONS`; nothing here names an
operation. Retries ask `repeatable()`, the paginator reads `pagination`, the bulk helpers
read `upsert_by`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import attrs

__all__ = ["Format", "Operation", "Pagination"]

#: Methods whose repetition has the same effect as one request (RFC 9110, 9.2.2).
IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


@attrs.frozen
class Pagination:
    """An offset-paginated list: the envelope's field names, the query parameters, and
    the largest page (the limit parameter's maximum)."""

    items: str
    total: str
    limit: str
    offset: str
    max_limit: int


@attrs.frozen
class Format:
    """A `format` the spec declares on an input value (`simvoly._formats` checks it).

    Attributes:
        where: "query" (a query parameter) or "body" (a field of the JSON body).
        path: The value's JSON names from the query or the body's top ("[]": each item
            of a list), e.g. `("fulfillment", "trackingUrl")`.
        names: The same path as the caller writes it (arguments and model attributes),
            for error messages: `("fulfillment", "tracking_url")`.
        format: The format's name: `email`, `uri`, `int64`...
    """

    where: str
    path: tuple[str, ...]
    names: tuple[str, ...]
    format: str


@attrs.frozen
class Operation:
    """One operation.

    Attributes:
        id: The operationId.
        method: The HTTP method, uppercase.
        path: The path template under the API root (`/contacts/{id}`).
        resource: The client attribute of its resource (`contacts`).
        method_name: Its method on that resource (`get_by_email`).
        idempotent: A POST that is safe to repeat (`x-simvoly-idempotent: true`).
        idempotent_query: ... or safe to repeat only when these query values are sent.
        pagination: How the list pages, or None.
        upsert_by: The body field a create-or-update POST matches records by, or None.
        upsert_query: ... only when these query values are sent.
        body: The request body's schema name, or None.
        query_aliases: Query parameters also sent under other names (the sources
            disagree on the name the server reads, and one it does not know is ignored).
        formats: The formats of its inputs, checked before sending.
    """

    id: str
    method: str
    path: str
    resource: str
    method_name: str
    idempotent: bool = False
    idempotent_query: Mapping[str, Any] | None = None
    pagination: Pagination | None = None
    upsert_by: str | None = None
    upsert_query: Mapping[str, Any] | None = None
    body: str | None = None
    query_aliases: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    formats: tuple[Format, ...] = ()

    def repeatable(self, params: Mapping[str, Any]) -> bool:
        """Whether sending this request twice has the effect of sending it once."""
        if self.method in IDEMPOTENT_METHODS or self.idempotent:
            return True
        query = self.idempotent_query
        return query is not None and all(params.get(k) == v for k, v in query.items())

    def upserts(self, params: Mapping[str, Any]) -> bool:
        """Whether this request creates or updates by `upsert_by` (given its query)."""
        if self.upsert_by is None:
            return False
        query = self.upsert_query
        return query is None or all(params.get(k) == v for k, v in query.items())

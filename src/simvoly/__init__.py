"""simvoly: the async Python SDK for the Simvoly website API.

    from simvoly import AsyncSimvoly

    async with AsyncSimvoly(api_key="...", site_url="https://mysite.simvoly.com") as client:
        contact = await client.contacts.create("jane@example.com", name="Jane")
        async for order in client.orders.list():
            ...

Models live in `simvoly.models`, webhook helpers in `simvoly.webhooks`, and a local
sandbox of the API for tests in `simvoly.testing`.
"""

from ._call import RawResponse
from ._client import AsyncSimvoly
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    SimvolyError,
    UnprocessableEntityError,
    WebhookError,
    WebhookPayloadError,
    WebhookReplayError,
    WebhookVerificationError,
)
from ._generated.types import UNSET, Unset
from ._limiter import RateLimit
from ._pagination import AsyncPaginator, Page
from ._retry import RetryPolicy
from ._sync_client import Simvoly
from ._sync_pagination import SyncPage, SyncPaginator
from ._version import __version__
from ._walk import CheckpointError

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPaginator",
    "AsyncSimvoly",
    "AuthenticationError",
    "BadRequestError",
    "CheckpointError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RawResponse",
    "RedirectError",
    "RetryPolicy",
    "Simvoly",
    "SimvolyError",
    "SyncPage",
    "SyncPaginator",
    "UnprocessableEntityError",
    "Unset",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookReplayError",
    "WebhookVerificationError",
    "__version__",
]

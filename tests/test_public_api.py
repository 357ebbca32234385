"""The public surface: what `import simvoly` offers, and that it stays cheap to import."""

from __future__ import annotations

import subprocess
import sys

import simvoly

PUBLIC = {
    "AsyncSimvoly",
    "AsyncPaginator",
    "Page",
    "Simvoly",
    "SyncPaginator",
    "SyncPage",
    "RawResponse",
    "RateLimit",
    "CheckpointError",
    "RetryPolicy",
    "UNSET",
    "Unset",
    "__version__",
    "SimvolyError",
    "APIError",
    "APIStatusError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "RedirectError",
    "WebhookError",
    "WebhookVerificationError",
    "WebhookReplayError",
    "WebhookPayloadError",
}


def test_all_is_exactly_the_public_surface() -> None:
    assert set(simvoly.__all__) == PUBLIC
    assert len(simvoly.__all__) == len(PUBLIC)
    for name in simvoly.__all__:
        assert getattr(simvoly, name) is not None


def test_exported_classes_say_they_are_simvolys() -> None:
    for name in simvoly.__all__:
        obj = getattr(simvoly, name)
        if isinstance(obj, type):
            assert obj.__module__.startswith("simvoly."), name


def test_import_simvoly_loads_no_model_or_resource() -> None:
    code = (
        "import sys, simvoly\n"
        "heavy = [m for m in sys.modules if m.startswith(('simvoly._generated.models.',"
        " 'simvoly._generated.api.', 'simvoly.webhooks', 'simvoly.testing'))]\n"
        "assert heavy == [], heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603 - fixed code

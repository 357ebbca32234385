"""The API's data models: what every call returns, and the nested objects it takes.

Each model is an attrs class generated from openapi.yaml, with `from_dict()` and
`to_dict()`. Fields the API did not send are `UNSET` (falsy; test with
`isinstance(value, Unset)`). Models load on first use.

`from_dict()` reads tolerantly: a null or a value of the wrong type reads as absent and
is kept in `additional_properties`, an unreadable list item is left out; only a record
whose required field cannot be read raises `SpecDeviationError`. With `strict=True` any
deviation from the spec raises it (see `simvoly._tolerance`).
"""

import warnings
from typing import TYPE_CHECKING, Any

from ._generated import models as _models
from ._generated.models import __all__ as _model_names
from ._generated.types import UNSET, Unset
from ._tolerance import SpecDeviationError

if TYPE_CHECKING:
    from ._generated.models import *  # noqa: F403 - the re-export is the point
    from ._generated.models import WebhookTopic

    WebhookEvent = WebhookTopic  # the deprecated old name (see `_RENAMED`)

__all__ = [*_model_names, "UNSET", "SpecDeviationError", "Unset"]

#: Old names kept for one release, each with the name that replaced it. Reading one warns.
_RENAMED = {
    # 0.1's enum of event names shared its name with simvoly.webhooks.WebhookEvent, a
    # parsed delivery; its values are those of the X-Webhook-Topic header.
    "WebhookEvent": "WebhookTopic",
}


def __getattr__(name: str) -> Any:
    new = _RENAMED.get(name)
    if new is not None:
        warnings.warn(
            f"simvoly.models.{name} is now simvoly.models.{new} (the old name goes in the "
            f"next release; simvoly.webhooks.WebhookEvent, a parsed delivery, stays)",
            DeprecationWarning,
            stacklevel=2,
        )
        name = new
    return getattr(_models, name)


def __dir__() -> list[str]:
    return sorted(__all__)

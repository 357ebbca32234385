"""What went wrong when a body could not be read as its model, said for a human.

Used for API answers (`APIResponseValidationError`) and webhook payloads
(`WebhookPayloadError`) alike, so both name the model and the field the same way.
"""

from __future__ import annotations

import re
from typing import Final

from ._tolerance import SpecDeviationError

__all__ = ["describe_parse_failure"]

#: Long enough for a field and its value, short enough that a huge body stays out.
_REASON_CHARS: Final = 200
_ROOT: Final = re.compile(r"[^.\[]+")


def describe_parse_failure(error: BaseException, model: str) -> str:
    """`an Order that does not match the API spec: Order.items[2].price: expected number,
    got string`.

    A `SpecDeviationError` names the model read (the root of its JSON path), the path,
    and the JSON types (never a value); any other error is named with `model` and cut
    short.
    """
    if isinstance(error, SpecDeviationError):
        root = _ROOT.match(error.path)
        model = root.group() if root else model
        reason = str(error)
    else:
        reason = str(error)[:_REASON_CHARS] or type(error).__name__
    article = "an" if model[:1] in "AEIOU" else "a"
    return f"{article} {model} that does not match the API spec: {reason}"

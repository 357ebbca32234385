"""What went wrong when a generated `from_dict` refused a body, said for a human.

Used for API answers (`APIResponseValidationError`) and webhook payloads
(`WebhookPayloadError`) alike, so both name the model and the field the same way.
"""

from __future__ import annotations

from typing import Final

__all__ = ["describe_parse_failure"]

#: Long enough for a field and its value, short enough that a huge body stays out.
_REASON_CHARS: Final = 200


def describe_parse_failure(error: BaseException, model: str) -> str:
    """`a(n) <Model> without its required field 'x'`, or `a <Model> that does not match...`.

    The model named is the innermost `from_dict` on the traceback (the nested model that
    broke), else `model`. The generated parsers fail with whatever the bad value raises:
    KeyError for a missing required field, TypeError/ValueError/AttributeError otherwise.
    """
    tb = error.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        cls = frame.f_locals.get("cls") if frame.f_code.co_name == "from_dict" else None
        if isinstance(cls, type):
            model = cls.__name__
        tb = tb.tb_next
    article = "an" if model[:1] in "AEIOU" else "a"
    if isinstance(error, KeyError) and error.args:
        return f"{article} {model} without its required field {error.args[0]!r}"
    reason = str(error)[:_REASON_CHARS] or type(error).__name__
    return f"{article} {model} that does not match the API spec: {reason}"

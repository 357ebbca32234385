"""What the commands share: the client from the options, dates, and errors as one line."""

from __future__ import annotations

import argparse
import os
import re
import sys
from datetime import UTC, datetime
from typing import Any, Final

from simvoly._client import AsyncSimvoly
from simvoly._limiter import RateLimit
from simvoly._version import __version__

__all__ = [
    "FAILED",
    "OK",
    "UNUSABLE",
    "USER_AGENT",
    "CommandError",
    "add_connection_options",
    "as_decoded",
    "make_client",
    "parse_date",
    "redact",
    "say",
]

#: Exit codes: done; done, but not all is well (failed rows, drift, an export stopped
#: partway, a receiver that refused); nothing done (usage, credentials, files, network).
OK: Final = 0
FAILED: Final = 1
UNUSABLE: Final = 2

USER_AGENT: Final = f"simvoly-cli/{__version__}"

_DAY: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
_SECONDS: Final = re.compile(r"-?\d+")


class CommandError(Exception):
    """A problem the user can fix, said in one line (exit `code`)."""

    def __init__(self, message: str, code: int = UNUSABLE) -> None:
        super().__init__(message)
        self.code = code


def add_connection_options(parser: argparse.ArgumentParser) -> None:
    """--api-key, --site-url and --base-url (defaults: the environment, as the client's)."""
    group = parser.add_argument_group("connection")
    group.add_argument(
        "--api-key",
        help="the site's API key (default: $SIMVOLY_API_KEY; the environment keeps it out "
        "of your shell history and process list)",
    )
    group.add_argument(
        "--site-url", help="the site, e.g. https://mysite.simvoly.com (default: $SIMVOLY_SITE_URL)"
    )
    group.add_argument(
        "--base-url", help="the whole API root instead of the site (a sandbox, a proxy)"
    )


def make_client(args: argparse.Namespace, rate_limit: RateLimit | None = None) -> AsyncSimvoly:
    """The client the options (or the environment) describe; a SimvolyError says what is
    missing or wrong."""
    return AsyncSimvoly(
        args.api_key,
        site_url=args.site_url,
        base_url=args.base_url,
        user_agent=USER_AGENT,
        rate_limit=rate_limit,
    )


def say(text: str) -> None:
    """A line of the command's result, on stdout."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def redact(text: str, args: argparse.Namespace | None) -> str:
    """`text` with every API key and secret the command knows replaced."""
    secrets = [os.environ.get("SIMVOLY_API_KEY"), os.environ.get("SIMVOLY_WEBHOOK_SECRET")]
    if args is not None:
        secrets += [getattr(args, "api_key", None), getattr(args, "secret", None)]
    for secret in secrets:
        if secret and len(secret) >= 4:  # a shorter one would blank unrelated text
            text = text.replace(secret, "<redacted>")
    return text


def parse_date(text: str, *, end_of_day: bool = False) -> int:
    """Seconds since the epoch from `2025-01-31` (UTC; with `end_of_day`, its last second),
    an ISO 8601 time (`2025-01-31T08:00`, UTC unless it says `Z` or `+02:00`), or seconds.
    """
    text = text.strip()
    if _SECONDS.fullmatch(text):
        return int(text)
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise CommandError(
            f"not a date: {text!r} (use 2025-01-31, 2025-01-31T08:00:00+02:00 or seconds "
            "since the epoch)"
        ) from None
    if _DAY.fullmatch(text) and end_of_day:
        when = when.replace(hour=23, minute=59, second=59)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return int(when.timestamp())


def as_decoded(data: Any, strict: bool) -> Any:
    """A call's parse that keeps the answer as decoded: the commands read the API's own
    JSON (the probe checks it against the spec; import needs no model of it)."""
    return data

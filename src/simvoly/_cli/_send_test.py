"""`simvoly webhooks send-test TOPIC --to URL --secret S`: a sample delivery, to test a
receiver without a real site.

The body is the spec's example of the topic's model (the first in openapi.yaml, carried
by the generated `TOPIC_EXAMPLES`), sent as compact JSON; the headers are the ones a site
sends (the sandbox's deliveries use the same function): X-Webhook-Topic,
X-Webhook-Source, and X-Webhook-Signature, the HMAC-SHA512 of the body with the secret
(`--unsigned`: none, as for a webhook created without one). The receiver's answer is
printed. Only receivers on this machine unless `--allow-remote`: a test delivery has no
business leaving it by accident. Redirects are not followed (a receiver that redirects
would lose the delivery on a real site too).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any, Final
from urllib.parse import urlsplit

import httpx

from simvoly._checks import api_root
from simvoly._generated.webhook_topics import TOPIC_EXAMPLES
from simvoly._hosts import is_local_host
from simvoly.testing._defaults import DEFAULT_DOMAIN
from simvoly.webhooks._signature import delivery_headers

from ._common import FAILED, OK, USER_AGENT, CommandError, say

__all__ = ["add_parser", "run"]

#: The answer's body is printed up to this many characters.
_SHOWN: Final = 2000


def add_parser(commands: Any) -> None:
    webhooks = commands.add_parser(
        "webhooks",
        help="send-test: POST a signed sample delivery of a topic to your receiver",
        description="Webhook tools.",
    )
    tools = webhooks.add_subparsers(title="commands", metavar="COMMAND", required=True)
    parser = tools.add_parser(
        "send-test",
        help="POST a signed sample delivery of a topic to a receiver",
        description="POST a correctly signed sample delivery of TOPIC (the spec's example "
        "of its model, with the headers a site sends) to a receiver, and print its answer.",
    )
    parser.add_argument("topic", choices=sorted(TOPIC_EXAMPLES))
    parser.add_argument("--to", required=True, metavar="URL", help="the receiver's URL")
    parser.add_argument(
        "--secret",
        help="the webhook's secret (default: $SIMVOLY_WEBHOOK_SECRET, which keeps it out of "
        "your shell history and process list)",
    )
    parser.add_argument(
        "--unsigned", action="store_true", help="send no signature (a webhook without secret)"
    )
    parser.add_argument(
        "--source",
        help=f"X-Webhook-Source: the site's domain (default: $SIMVOLY_SITE_URL's host, or "
        f"{DEFAULT_DOMAIN})",
    )
    parser.add_argument(
        "--allow-remote", action="store_true", help="allow a receiver off this machine"
    )
    parser.add_argument("--timeout", type=float, default=10.0, help="default: %(default)s s")
    parser.set_defaults(run=run)


async def run(args: argparse.Namespace) -> int:
    secret = args.secret or os.environ.get("SIMVOLY_WEBHOOK_SECRET")
    if args.unsigned == bool(secret):
        raise CommandError(
            "pass --secret (or set SIMVOLY_WEBHOOK_SECRET), or --unsigned, not both"
            if secret
            else "no secret: pass --secret, set SIMVOLY_WEBHOOK_SECRET, or send --unsigned"
        )
    parts = urlsplit(args.to)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CommandError(f"--to must be an http(s) URL, got {args.to!r}")
    if not is_local_host(parts.hostname) and not args.allow_remote:
        raise CommandError(
            f"{parts.hostname} is not this machine: pass --allow-remote to send a test "
            "delivery there"
        )
    body = json.dumps(TOPIC_EXAMPLES[args.topic], separators=(",", ":")).encode()
    headers = delivery_headers(args.topic, _source(args), body, secret, USER_AGENT)
    # trust_env=False: no proxy from the environment carries the delivery elsewhere.
    async with httpx.AsyncClient(timeout=args.timeout, trust_env=False) as http:
        try:
            response = await http.post(args.to, content=body, headers=headers)
        except httpx.HTTPError as error:
            raise CommandError(f"{args.to}: {type(error).__name__}: {error}") from None
    signed = "signed with HMAC-SHA512" if secret else "unsigned"
    say(f"POST {args.to}: {args.topic}, {len(body):,} bytes, {signed}")
    say(f"{response.status_code} {response.reason_phrase}")
    text = response.text
    if text:
        say(text[:_SHOWN] + ("..." if len(text) > _SHOWN else ""))
    if response.is_success:
        return OK
    sys.stderr.write(f"simvoly: the receiver answered {response.status_code}, not 2xx\n")
    return FAILED


def _source(args: argparse.Namespace) -> str:
    if args.source:
        return str(args.source)
    site = os.environ.get("SIMVOLY_SITE_URL", "")
    try:  # read as the clients read it: `shop.example.com` is https://shop.example.com
        return urlsplit(api_root(site)).hostname or DEFAULT_DOMAIN
    except ValueError:  # no site, or not a site's URL: the sandbox's
        return DEFAULT_DOMAIN

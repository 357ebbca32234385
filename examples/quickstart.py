"""Quick start: the SDK's everyday calls, against your site or the local sandbox.

    SIMVOLY_API_KEY=... SIMVOLY_SITE_URL=https://mysite.simvoly.com python examples/quickstart.py

No account? `python -m simvoly.testing demo examples/quickstart.py` (what `make demo`
runs) serves a seeded sandbox on 127.0.0.1 and runs this script against it.
"""

from __future__ import annotations

import asyncio
import secrets
import sys

import simvoly
from simvoly import AsyncSimvoly


def say(text: str = "") -> None:
    sys.stdout.write(f"{text}\n")


def progress(done: int, total: int, width: int = 40) -> None:
    """A one-line text progress bar, redrawn in place when it grows (and at the end)."""
    filled = width * done // max(total, 1)
    if filled != width * (done - 1) // max(total, 1) or done == total:
        sys.stdout.write(f"\r  [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        sys.stdout.flush()


async def main() -> None:
    # The key and site come from SIMVOLY_API_KEY and SIMVOLY_SITE_URL.
    async with AsyncSimvoly(user_agent="SimvolyQuickstart/1.0") as client:
        # Create a contact, or update the one with this email (tags are merged).
        await client.contacts.create("ada@example.com", name="Ada Lovelace", tags=["quickstart"])
        contact = await client.contacts.get_by_email("ada@example.com")
        say(f"Contact #{contact.id}: {contact.name} <{contact.email}>, tags: {contact.tags}")

        # Walk every contact, page after page; the first page tells how many there are.
        total = (await client.contacts.list(limit=1)).total_count or 0
        say(f"Walking {total} contacts:")
        seen = subscribed = 0
        async for each in client.contacts.list(concurrency=4):
            seen += 1
            subscribed += bool(each.subscribed)
            progress(seen, max(total or 0, seen))  # total: None if the answer had none
        say(f"\n  {subscribed} of {seen} subscribe to emails")

        # Ship the first pending order (statuses are set in uppercase, read in lowercase).
        async for order in client.orders.list():
            if order.status == "pending":
                shipped = await client.orders.update(order.id, status="SHIPPED")
                say(f"Order #{order.id} ({order.total}): {order.status} -> {shipped.status}")
                break
        else:
            say("No pending order to ship")

        # A missing record raises NotFoundError (a simvoly.APIStatusError).
        try:
            await client.contacts.get_by_email("nobody@example.com")
        except simvoly.NotFoundError as error:
            say(f"nobody@example.com: {error.message} (HTTP {error.status_code})")

        # Register a webhook for order events, then remove it again.
        hook = await client.webhooks.create(
            "https://example.com/webhooks/simvoly",
            ["order_created", "order_updated"],
            secret=secrets.token_urlsafe(32),  # keep it: receivers verify with it
        )
        say(f"Webhook {hook.id} -> {hook.target} for {', '.join(hook.events or [])}")
        await client.webhooks.delete(hook.id)
        say("Webhook deleted. Done.")


if __name__ == "__main__":
    asyncio.run(main())

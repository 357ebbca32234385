"""An aiohttp server that receives Simvoly webhooks.

Run it with `SIMVOLY_WEBHOOK_SECRET=... python aiohttp_receiver.py` (from examples/),
then register `https://<your host>/webhooks/simvoly` with the same secret. The handler
reads the raw body (the signature covers its exact bytes), answers 401 to a bad
signature and 400 to an unreadable event, and acknowledges the rest at once: the
handlers run in a task after the response, which shutdown waits for. The replay guard
lives in this process only: with several processes, use a shared store instead.
"""

from __future__ import annotations

import asyncio
import logging
import os

from aiohttp import web

from simvoly.models import Order
from simvoly.webhooks import (
    Dispatcher,
    ReplayGuard,
    WebhookEvent,
    WebhookPayloadError,
    WebhookReplayError,
    WebhookVerificationError,
    unwrap,
)

logger = logging.getLogger(__name__)
dispatcher = Dispatcher()

SECRET = web.AppKey("secret", str)
REPLAY_GUARD = web.AppKey("replay_guard", ReplayGuard)
TASKS = web.AppKey("tasks", set[asyncio.Task[None]])


@dispatcher.on("order_created")
async def order_created(event: WebhookEvent[Order]) -> None:
    # Your work here: fulfil the order, send an email...
    logger.info("order %s created on %s: total %s", event.data.id, event.source, event.data.total)


@dispatcher.fallback
async def other_event(event: WebhookEvent[object]) -> None:
    logger.info("unhandled %s event", event.topic)


async def handle(event: WebhookEvent[object]) -> None:
    """Runs after the response: nobody awaits the task, so log what goes wrong here."""
    try:
        await dispatcher.dispatch(event)
    except Exception:
        logger.exception("handling the %s event failed", event.topic)


async def receive_webhook(request: web.Request) -> web.Response:
    body = await request.read()  # the raw bytes, before any JSON parsing
    app = request.app
    try:
        event = unwrap(body, request.headers, app[SECRET], replay_guard=app[REPLAY_GUARD])
    except WebhookReplayError:
        return web.Response(status=204)  # seen already (maybe a retry): acknowledge it
    except WebhookVerificationError:
        raise web.HTTPUnauthorized(text="invalid signature") from None
    except WebhookPayloadError as exc:
        raise web.HTTPBadRequest(text=str(exc)) from None
    task = asyncio.create_task(handle(event))
    app[TASKS].add(task)  # a strong reference until it is done
    task.add_done_callback(app[TASKS].discard)
    return web.Response(status=204)


async def finish_tasks(app: web.Application) -> None:
    """On shutdown: let the handlers still running finish."""
    await asyncio.gather(*app[TASKS])


def create_app() -> web.Application:
    """The application; the secret comes from SIMVOLY_WEBHOOK_SECRET."""
    app = web.Application()
    app[SECRET] = os.environ["SIMVOLY_WEBHOOK_SECRET"]
    app[REPLAY_GUARD] = ReplayGuard(window=600)
    app[TASKS] = set()
    app.router.add_post("/webhooks/simvoly", receive_webhook)
    app.on_shutdown.append(finish_tasks)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(create_app())

"""A FastAPI endpoint that receives Simvoly webhooks.

Run it with `SIMVOLY_WEBHOOK_SECRET=... uvicorn fastapi_receiver:app` (from examples/),
then register `https://<your host>/webhooks/simvoly` with the same secret. The endpoint
reads the raw body (the signature covers its exact bytes), answers 401 to a bad
signature and 400 to an unreadable event, and acknowledges the rest at once: the
handlers run after the response, as a background task. The replay guard lives in this
process only: with several workers, use a shared store instead (see ReplayGuard).
"""

from __future__ import annotations

import logging
import os
from typing import Annotated

from fastapi import BackgroundTasks, Depends, FastAPI, HTTPException, Request, Response

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
replay_guard = ReplayGuard(window=600)
app = FastAPI()


@dispatcher.on("order_created")
async def order_created(event: WebhookEvent[Order]) -> None:
    # Your work here: fulfil the order, send an email...
    logger.info("order %s created on %s: total %s", event.data.id, event.source, event.data.total)


@dispatcher.fallback
async def other_event(event: WebhookEvent[object]) -> None:
    logger.info("unhandled %s event", event.topic)


def webhook_secret() -> str:
    """The webhook's secret, as given to `client.webhooks.create(..., secret=...)`."""
    return os.environ["SIMVOLY_WEBHOOK_SECRET"]


@app.post("/webhooks/simvoly", status_code=204)
async def receive_webhook(
    request: Request,
    background: BackgroundTasks,
    secret: Annotated[str, Depends(webhook_secret)],
) -> Response:
    body = await request.body()  # the raw bytes: no JSON body parameter before this
    try:
        event = unwrap(body, request.headers, secret, replay_guard=replay_guard)
    except WebhookReplayError:
        return Response(status_code=204)  # seen already (maybe a retry): acknowledge it
    except WebhookVerificationError:
        raise HTTPException(status_code=401, detail="invalid signature") from None
    except WebhookPayloadError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from None
    background.add_task(dispatcher.dispatch, event)
    return Response(status_code=204)

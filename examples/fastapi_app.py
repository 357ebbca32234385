"""A FastAPI app that calls the Simvoly API: one client for the whole app.

Run it with `SIMVOLY_API_KEY=... SIMVOLY_SITE_URL=https://mysite.simvoly.com uvicorn
fastapi_app:app` (from examples/), or against the sandbox: `python -m simvoly.testing serve
--seed 42` prints the two values to use.

The pattern: the app's lifespan creates one `AsyncSimvoly` and closes it at shutdown
(`async with`); the lifespan's state hands it to every request, and a dependency gives
it to the endpoints. One client means one connection pool, kept warm across requests:
a client per request would pay a new connection (a TLS handshake) each time, and one
never closed leaks its connections (the SDK warns, with a ResourceWarning).

No helper of the SDK's is needed: `AsyncSimvoly` is an async context manager, which is
what a lifespan wants, and the dependency is one line. Configure the client here, where
it is made (a timeout, retries, `http_backend="aiohttp"`...).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, TypedDict

from fastapi import Depends, FastAPI, HTTPException, Request
from pydantic import BaseModel

from simvoly import APIConnectionError, AsyncSimvoly, NotFoundError


class State(TypedDict):
    simvoly: AsyncSimvoly


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[State]:
    # The key and site come from SIMVOLY_API_KEY and SIMVOLY_SITE_URL.
    async with AsyncSimvoly(user_agent="MyShop/1.0") as simvoly:
        yield {"simvoly": simvoly}
    # Shutdown: the `async with` closed the client and its connections.


app = FastAPI(lifespan=lifespan)


def get_simvoly(request: Request) -> AsyncSimvoly:
    """The app's client (a dependency: tests can override it)."""
    simvoly: AsyncSimvoly = request.state.simvoly
    return simvoly


Simvoly = Annotated[AsyncSimvoly, Depends(get_simvoly)]


class Signup(BaseModel):
    email: str
    name: str | None = None


@app.post("/signup", status_code=201)
async def signup(signup: Signup, simvoly: Simvoly) -> dict[str, Any]:
    try:
        # Creates the contact, or updates the one with that email (tags are merged).
        contact = await simvoly.contacts.create(signup.email, name=signup.name, tags=["signup"])
    except ValueError as error:  # refused before sending: the email is no email
        raise HTTPException(status_code=422, detail=str(error)) from None
    return {"contact_id": contact.id}


@app.get("/orders/recent")
async def recent_orders(simvoly: Simvoly, days: int = 30) -> dict[str, Any]:
    since = datetime.now(UTC) - timedelta(days=days)
    totals = [order.total async for order in simvoly.orders.list(created_at_min=since)]
    return {"orders": len(totals), "revenue": round(sum(t or 0 for t in totals), 2)}


@app.get("/orders/{order_id}")
async def order(order_id: int, simvoly: Simvoly) -> dict[str, Any]:
    try:
        found = await simvoly.orders.get(order_id)
    except NotFoundError:
        raise HTTPException(status_code=404, detail="no such order") from None
    except APIConnectionError:
        raise HTTPException(status_code=503, detail="Simvoly is unreachable") from None
    return {"id": found.id, "status": found.status, "total": found.total}

"""An aiohttp app that calls the Simvoly API: one client for the whole app.

Run it with `SIMVOLY_API_KEY=... SIMVOLY_SITE_URL=https://mysite.simvoly.com python
aiohttp_app.py` (from examples/), or against the sandbox: `python -m simvoly.testing serve
--seed 42` prints the two values to use.

The pattern: a `cleanup_ctx` creates one `AsyncSimvoly` at startup and closes it at
cleanup (`async with`), and keeps it in the app under a typed `AppKey`; handlers read it
from `request.app`. One client means one connection pool, kept warm across requests; it
sends through aiohttp's own pool (`http_backend="aiohttp"`, the `simvoly[aiohttp]`
extra), which an aiohttp app has installed anyway and which costs less CPU per request.

No helper of the SDK's is needed: `AsyncSimvoly` is an async context manager, and the
cleanup context is its `async with` around a `yield`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

from aiohttp import web

from simvoly import APIConnectionError, AsyncSimvoly, NotFoundError

SIMVOLY = web.AppKey("simvoly", AsyncSimvoly)


async def simvoly_client(app: web.Application) -> AsyncIterator[None]:
    """The app's client: made at startup, closed at cleanup."""
    # The key and site come from SIMVOLY_API_KEY and SIMVOLY_SITE_URL.
    async with AsyncSimvoly(user_agent="MyShop/1.0", http_backend="aiohttp") as simvoly:
        app[SIMVOLY] = simvoly
        yield


async def signup(request: web.Request) -> web.Response:
    form = await request.json()
    simvoly = request.app[SIMVOLY]
    try:
        # Creates the contact, or updates the one with that email (tags are merged).
        contact = await simvoly.contacts.create(
            form["email"], name=form.get("name"), tags=["signup"]
        )
    except ValueError as error:  # refused before sending: the email is no email
        raise web.HTTPUnprocessableEntity(text=str(error)) from None
    return web.json_response({"contact_id": contact.id}, status=201)


async def recent_orders(request: web.Request) -> web.Response:
    since = datetime.now(UTC) - timedelta(days=int(request.query.get("days", "30")))
    orders = request.app[SIMVOLY].orders.list(created_at_min=since)
    totals = [order.total async for order in orders]
    return web.json_response(
        {"orders": len(totals), "revenue": round(sum(t or 0 for t in totals), 2)}
    )


async def order(request: web.Request) -> web.Response:
    try:
        found = await request.app[SIMVOLY].orders.get(int(request.match_info["order_id"]))
    except NotFoundError:
        raise web.HTTPNotFound(text="no such order") from None
    except APIConnectionError:
        raise web.HTTPServiceUnavailable(text="Simvoly is unreachable") from None
    return web.json_response({"id": found.id, "status": found.status, "total": found.total})


def create_app() -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(simvoly_client)
    app.router.add_post("/signup", signup)
    app.router.add_get("/orders/recent", recent_orders)
    app.router.add_get(r"/orders/{order_id:\d+}", order)
    return app


if __name__ == "__main__":
    web.run_app(create_app())

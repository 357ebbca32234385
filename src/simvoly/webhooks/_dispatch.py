"""`Dispatcher`: runs the async handlers registered for an event's topic.

Registering checks the topic against `TOPIC_MODELS`, so a typo fails at import time
rather than silently never firing; the `Literal` overloads give each handler the event
type of its topic.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, overload

from simvoly._generated.webhook_topics import TOPIC_MODELS

from ._events import (
    BookingTopic,
    ContactTopic,
    FormTopic,
    OrderTopic,
    ProductTopic,
    WebhookEvent,
)

if TYPE_CHECKING:
    from simvoly.models import Booking, Contact, FormSubmittedEvent, Order, Product

__all__ = ["Dispatcher", "Handler"]

DataT = TypeVar("DataT")

#: An async function of an event; what it returns is ignored.
Handler: TypeAlias = Callable[[WebhookEvent[DataT]], Awaitable[object]]


class Dispatcher:
    """Routes events to async handlers by topic.

        dispatcher = Dispatcher()

        @dispatcher.on("order_created")
        async def on_order(event: WebhookEvent[Order]) -> None: ...

        @dispatcher.fallback
        async def on_other(event: WebhookEvent[object]) -> None: ...

        await dispatcher.dispatch(unwrap(body, headers, secret))

    A topic may have several handlers: they run one after the other, in the order they
    were registered, and an exception stops the rest and propagates to the caller.
    """

    def __init__(self) -> None:
        self._handlers: dict[str, list[Handler[Any]]] = {}
        self._fallback: Handler[object] | None = None

    @overload
    def on(self, topic: OrderTopic) -> Callable[[Handler[Order]], Handler[Order]]: ...
    @overload
    def on(self, topic: ProductTopic) -> Callable[[Handler[Product]], Handler[Product]]: ...
    @overload
    def on(self, topic: ContactTopic) -> Callable[[Handler[Contact]], Handler[Contact]]: ...
    @overload
    def on(self, topic: BookingTopic) -> Callable[[Handler[Booking]], Handler[Booking]]: ...
    @overload
    def on(
        self, topic: FormTopic
    ) -> Callable[[Handler[FormSubmittedEvent]], Handler[FormSubmittedEvent]]: ...
    def on(self, topic: str) -> Callable[[Handler[Any]], Handler[Any]]:
        """A decorator that registers an async handler of `topic`'s events.

        Raises:
            ValueError: `topic` is not one of the webhook topics.
        """
        if topic not in TOPIC_MODELS:
            raise ValueError(
                f"unknown webhook topic {topic!r}; the topics are: {', '.join(TOPIC_MODELS)}"
            )

        def register(handler: Handler[Any]) -> Handler[Any]:
            self._handlers.setdefault(topic, []).append(handler)
            return handler

        return register

    def fallback(self, handler: Handler[object]) -> Handler[object]:
        """A decorator that registers the handler of events no other handler takes.

        That is every topic without a handler, including topics newer than the SDK.

        Raises:
            ValueError: A fallback is already registered.
        """
        if self._fallback is not None:
            raise ValueError("this dispatcher already has a fallback handler")
        self._fallback = handler
        return handler

    async def dispatch(self, event: WebhookEvent[object]) -> bool:
        """Run the handlers of `event`'s topic, or else the fallback.

        Returns:
            Whether a handler ran (False: no handler for the topic, and no fallback).
        """
        handlers = self._handlers.get(event.topic)
        if handlers:
            for handler in handlers:
                await handler(event)
            return True
        if self._fallback is not None:
            await self._fallback(event)
            return True
        return False

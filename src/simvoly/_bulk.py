"""Bulk upserts: `client.<resource>.upsert_many(items)`, for the operations openapi.yaml
marks `x-simvoly-upsert` (contacts by email; products by URL).

The generated method hands this module an `Upsert` (the operation's body model, the
field it upserts by, how to build one item's call) and the items. The rules:

- Items are the operation's input: instances of its body model (`ContactInput`), or
  dicts of its JSON fields (the API's names: `companyName`, as exports write them).
  Every item is checked before anything is sent, against openapi.yaml: a missing,
  null or mistyped field, a field the model does not have (in a dict), a value its enum
  does not list, a blank required string, a missing upsert field. A bad item's result
  is that `ValueError`; it never stops the others.
- Each good item is one call of the operation through the client: its retries, its
  rate limit, its per-call options. Its result is the record, or the `SimvolyError` of
  its call; one failure never stops the others.
- Up to `concurrency` calls at once (tasks of a task group on the async client,
  threads on the sync one). Items with the same upsert key (compared case-insensitively)
  go one after the other, in input order, so that a later one updates what an earlier
  one created instead of racing it into a duplicate.
- Results come back in input order, one per item.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Protocol, Self, TypeVar

import anyio
import attrs

from ._call import Call, RequestOptions
from ._checks import checked_count
from ._exceptions import SimvolyError
from ._tolerance import DeviationKind, deviations, fields_of

if TYPE_CHECKING:
    from ._resource import AsyncAPIResource, SyncAPIResource

__all__ = ["Upsert", "async_upsert_many", "lane_key", "prepare", "sync_upsert_many"]


class BodyModel(Protocol):
    """What a generated body model offers (`ContactInput`...)."""

    def to_dict(self) -> dict[str, Any]: ...
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool = False) -> Self: ...


B = TypeVar("B", bound=BodyModel)
R = TypeVar("R")


@attrs.frozen
class Upsert(Generic[B, R]):
    """One upsert operation, as the generated `upsert_many` describes it.

    Attributes:
        body: The operation's body model (`ContactInput`).
        by: The JSON field records are matched by (`email`).
        call: The call of one item (the query that makes the operation upsert included).
    """

    body: type[B]
    by: str
    call: Callable[[B], Call[R]]


#: A good item: its body model, and its upsert key (the value of its `by` field).
Prepared = tuple[B, object]


def prepare(
    upsert: Upsert[B, Any], items: Iterable[B | Mapping[str, Any]]
) -> list[Prepared[B] | ValueError]:
    """Every item checked and read into the body model, with its upsert key; or the
    ValueError saying why not."""
    if isinstance(items, str | bytes | Mapping) or not isinstance(items, Iterable):
        raise ValueError(
            f"items must be a list of {upsert.body.__name__} or dicts of its fields, got "
            f"{type(items).__name__}"
        )
    prepared: list[Prepared[B] | ValueError] = []
    for index, item in enumerate(items):
        try:
            prepared.append(_checked(upsert, index, item))
        except ValueError as error:
            prepared.append(error)
    return prepared


def _checked(upsert: Upsert[B, Any], index: int, item: object) -> Prepared[B]:
    body = upsert.body
    model = body.__name__
    if isinstance(item, body):
        try:
            data = item.to_dict()
        except (AttributeError, TypeError, ValueError) as error:  # a field of another type
            raise ValueError(
                f"item {index}: this {model} cannot be written as JSON ({error}): give each "
                "field the type the model declares (an enum's member, a model, ...)"
            ) from None
    elif isinstance(item, Mapping):
        data = dict(item)
    else:
        raise ValueError(
            f"item {index}: expected a {model} or a dict of its JSON fields, got "
            f"{type(item).__name__}"
        )
    for deviation in deviations(body, data):
        if deviation.kind is DeviationKind.UNKNOWN_FIELD:
            if isinstance(item, body):
                continue  # set on the model on purpose (additional properties)
            names = ", ".join(field.json for field in fields_of(body))
            raise ValueError(f"item {index}: {deviation.path} is not a field of {model} ({names})")
        if deviation.kind is DeviationKind.UNKNOWN_ENUM:
            raise ValueError(f"item {index}: {deviation.path} is not one of {deviation.expected}")
        raise ValueError(
            f"item {index}: {deviation.path}: expected {deviation.expected}, got {deviation.got}"
        )
    for field in fields_of(body):
        value = data.get(field.json)
        if (field.required or field.json == upsert.by) and (
            value is None or (isinstance(value, str) and not value.strip())
        ):
            raise ValueError(f"item {index}: {model}.{field.json} must not be empty")
    return (item if isinstance(item, body) else body.from_dict(data)), data[upsert.by]


def lane_key(value: object) -> object:
    """Which upserts must go one after the other: those of the same key, text compared
    without case (the API matches emails so; `simvoly import` orders its rows by it too)."""
    return value.casefold() if isinstance(value, str) else value


def _lanes(prepared: list[Prepared[B] | ValueError]) -> list[list[tuple[int, B]]]:
    """The good items with their indexes, by upsert key: one lane per key, in input order."""
    lanes: dict[object, list[tuple[int, B]]] = {}
    for index, item in enumerate(prepared):
        if not isinstance(item, ValueError):
            body, key = item
            lanes.setdefault(lane_key(key), []).append((index, body))
    return list(lanes.values())


async def async_upsert_many(
    resource: AsyncAPIResource,
    upsert: Upsert[B, R],
    items: Iterable[B | Mapping[str, Any]],
    concurrency: int,
    options: RequestOptions | None,
) -> list[R | Exception]:
    """`upsert_many` on the async client: up to `concurrency` tasks, one lane at a time."""
    checked_count("concurrency", concurrency, minimum=1)
    prepared = prepare(upsert, items)
    results: dict[int, R | Exception] = {}
    lanes = iter(_lanes(prepared))

    async def worker() -> None:
        for lane in lanes:  # shared by the workers: each takes the next lane left
            for index, body in lane:
                try:
                    call = upsert.call(body)
                    record: R = await resource._send(call, options)
                    results[index] = record
                except SimvolyError as error:
                    results[index] = error

    async with anyio.create_task_group() as group:
        for _ in range(concurrency):
            group.start_soon(worker)
    return _in_order(prepared, results)


def sync_upsert_many(
    resource: SyncAPIResource,
    upsert: Upsert[B, R],
    items: Iterable[B | Mapping[str, Any]],
    concurrency: int,
    options: RequestOptions | None,
) -> list[R | Exception]:
    """`upsert_many` on the sync client: a pool of up to `concurrency` threads, one lane
    each at a time (none with one lane or `concurrency=1`)."""
    checked_count("concurrency", concurrency, minimum=1)
    prepared = prepare(upsert, items)
    results: dict[int, R | Exception] = {}

    def run(lane: list[tuple[int, B]]) -> None:
        for index, body in lane:
            try:
                call = upsert.call(body)
                results[index] = resource._send(call, options)
            except SimvolyError as error:
                results[index] = error

    lanes = _lanes(prepared)
    if len(lanes) <= 1 or concurrency == 1:
        for lane in lanes:
            run(lane)
        return _in_order(prepared, results)
    from concurrent.futures import ThreadPoolExecutor  # not at `import simvoly`

    with ThreadPoolExecutor(
        min(concurrency, len(lanes)), thread_name_prefix="simvoly-bulk"
    ) as pool:
        for done in [pool.submit(run, lane) for lane in lanes]:
            done.result()  # re-raises what is not a call's failure (a bug, an interrupt)
    return _in_order(prepared, results)


def _in_order(
    prepared: list[Prepared[B] | ValueError], results: dict[int, R | Exception]
) -> list[R | Exception]:
    """One result per item, in input order: the call's, or the item's ValueError."""
    return [
        item if isinstance(item, ValueError) else results[index]
        for index, item in enumerate(prepared)
    ]

"""time_limit(): an attempt that runs past its deadline raises TimeoutError, under asyncio
with one shared timer per event loop (and anyio's fail_after elsewhere, see test_trio).

These tests wait for real, a few tens of milliseconds each: the deadline is the clock."""

from __future__ import annotations

import asyncio
import contextlib
import time

import pytest

from simvoly._deadline import time_limit


async def limited(seconds: float, work: float) -> str:
    with time_limit(seconds):
        await asyncio.sleep(work)
    return "done"


async def test_a_block_past_its_deadline_raises_timeout_error() -> None:
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        await limited(0.05, 10)
    assert time.monotonic() - started < 2


async def test_a_block_in_time_is_left_alone_and_nothing_fires_later() -> None:
    assert await limited(0.05, 0) == "done"
    await asyncio.sleep(0.1)  # past the deadline: the task is not cancelled out of the block


async def test_each_block_times_out_at_its_own_deadline() -> None:
    loop = asyncio.get_running_loop()
    started = loop.time()
    ended: dict[str, float] = {}

    async def run(name: str, seconds: float, work: float) -> str:
        try:
            return await limited(seconds, work)
        except TimeoutError:
            return "timeout"
        finally:
            ended[name] = loop.time() - started

    late = asyncio.create_task(run("late", 0.3, 10))
    await asyncio.sleep(0)
    # Sooner than the timer armed for "late": the timer is moved forward, then re-armed.
    early = asyncio.create_task(run("early", 0.05, 10))
    quick = asyncio.create_task(run("quick", 0.1, 0.01))
    assert list(await asyncio.gather(late, early, quick)) == ["timeout", "timeout", "done"]
    assert ended["quick"] < ended["early"] < ended["late"]
    assert 0.3 <= ended["late"] < 2


async def test_a_cancellation_from_outside_stays_a_cancellation() -> None:
    task = asyncio.create_task(limited(5, 10))
    await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


async def test_an_outside_cancellation_that_comes_with_the_deadline_wins() -> None:
    async def cancelled_as_the_deadline_passes() -> None:
        with time_limit(0.02):
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                # The deadline's cancellation; another one arrives before the block ends.
                task = asyncio.current_task()
                assert task is not None
                task.cancel()
                raise

    with pytest.raises(asyncio.CancelledError):
        await asyncio.create_task(cancelled_as_the_deadline_passes())


def test_every_event_loop_gets_its_own_timer() -> None:
    for _ in range(2):
        with pytest.raises(TimeoutError):
            asyncio.run(limited(0.02, 10))


async def test_a_block_that_swallows_the_deadlines_cancellation_ends_normally() -> None:
    # As with asyncio.timeout(): nothing is left pending to cancel a later await.
    with time_limit(0.02), contextlib.suppress(asyncio.CancelledError):
        await asyncio.sleep(10)
    await asyncio.sleep(0.01)

"""The pacer: a steady rate, a shared pause on 429, and a pace that recovers (AIMD)."""

from __future__ import annotations

import math
import threading

import pytest

from simvoly._limiter import Pacer, RateLimit


def test_unpaced_and_not_adaptive_never_waits() -> None:
    pacer = Pacer(RateLimit(adaptive=False))
    assert [pacer.delay(5.0) for _ in range(3)] == [0.0, 0.0, 0.0]
    pacer.answered(429, 5.0, pause=2.0)  # the retry loop waits on its own
    assert pacer.delay(5.0) == 0.0
    assert pacer.rate == math.inf


def test_a_steady_rate_spaces_attempts_out() -> None:
    pacer = Pacer(RateLimit(per_second=10))
    assert [pacer.delay(0.0) for _ in range(3)] == pytest.approx([0.0, 0.1, 0.2])
    assert pacer.delay(10.0) == 0.0  # after a quiet spell, no wait


def test_a_burst_starts_at_once_then_the_rate_holds() -> None:
    pacer = Pacer(RateLimit(per_second=10, burst=3))
    delays = [pacer.delay(0.0) for _ in range(5)]
    assert delays == pytest.approx([0.0, 0.0, 0.0, 0.1, 0.2])


def test_a_429_pauses_every_call_until_its_retry_after() -> None:
    pacer = Pacer(RateLimit())
    pacer.answered(429, 10.0, pause=2.0)
    assert pacer.delay(10.5) == pytest.approx(1.5)
    assert pacer.delay(12.0) == 0.0
    assert pacer.rate == math.inf  # nothing got through: no measure to slow down to


def test_a_429_slows_the_pace_to_what_the_server_accepted() -> None:
    pacer = Pacer(RateLimit())
    pacer.answered(200, 1.0, pause=0.0)  # long ago: not counted
    for index in range(100):
        pacer.answered(200, 9.0 + index / 100, pause=0.0)
    pacer.answered(429, 9.995, pause=1.0)
    assert pacer.rate == pytest.approx(85.0)
    for _ in range(49):  # the rest of the requests in flight: the same episode
        pacer.answered(429, 9.999, pause=1.0)
    assert pacer.rate == pytest.approx(85.0)  # slowed down once
    assert pacer.delay(10.0) == pytest.approx(0.999)  # until the last Retry-After ends
    assert pacer.delay(10.0) == pytest.approx(0.999 + 1 / 85)


def test_the_pace_recovers_gradually_up_to_the_set_rate() -> None:
    pacer = Pacer(RateLimit(per_second=100, recovery=0.05))
    for index in range(100):
        pacer.answered(200, index / 100, pause=0.0)
    pacer.answered(429, 0.995, pause=0.5)
    assert pacer.rate == pytest.approx(85.0)
    now = 1.5
    for _ in range(85):  # a second's worth of successes at that pace
        now += 1 / 85
        pacer.answered(200, now, pause=0.0)
    assert 85.0 + 3.5 < pacer.rate < 85.0 + 4.5  # +5 % of 85 per second
    for _ in range(2000):
        now += 0.01
        pacer.answered(200, now, pause=0.0)
    assert pacer.rate == 100.0


def test_a_set_rate_halves_when_nothing_got_through() -> None:
    pacer = Pacer(RateLimit(per_second=40))
    pacer.answered(200, 50.0, pause=0.0)  # long before: not what the server accepts now
    pacer.answered(429, 100.0, pause=1.0)
    assert pacer.rate == pytest.approx(20.0)


def test_the_slowest_pace_is_one_attempt_per_second() -> None:
    pacer = Pacer(RateLimit(per_second=1.5))
    pacer.answered(429, 0.0, pause=1.0)
    assert pacer.rate == 1.0


def test_errors_other_than_429_teach_nothing() -> None:
    pacer = Pacer(RateLimit(per_second=10))
    pacer.answered(503, 0.0, pause=5.0)
    pacer.answered(404, 0.0, pause=5.0)
    assert pacer.delay(0.0) == 0.0
    assert pacer.rate == 10.0


def test_threads_never_share_a_slot() -> None:
    pacer = Pacer(RateLimit(per_second=1000))
    delays: list[float] = []
    lock = threading.Lock()

    def claim() -> None:
        for _ in range(100):
            delay = pacer.delay(0.0)
            with lock:
                delays.append(delay)

    threads = [threading.Thread(target=claim) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(round(d * 1000) for d in delays) == list(range(800))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"per_second": 0}, "per_second must be a finite number > 0"),
        ({"per_second": math.nan}, "per_second must be a finite number > 0"),
        ({"per_second": True}, "per_second must be a finite number > 0"),
        ({"burst": 1.5}, "burst must be an integer > 0"),
        ({"max_in_flight": 0}, "max_in_flight must be an integer > 0"),
        ({"recovery": -1}, "recovery must be a finite number > 0"),
        ({"adaptive": "yes"}, "adaptive must be True or False"),
    ],
)
def test_nonsense_settings_are_refused(options: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RateLimit(**options)  # type: ignore[arg-type] # wrong types on purpose


def test_the_pacer_shows_its_setting_and_pace() -> None:
    assert repr(Pacer(RateLimit(per_second=5))) == (
        "<Pacer RateLimit(per_second=5, burst=1, max_in_flight=None, adaptive=True, "
        "recovery=0.05) rate=5/s>"
    )

"""The rules of checkpoints, without I/O (`simvoly._walk`): where a checkpoint is, what
it remembers, how a damaged one is refused, and how `Locator` searches for its place.
Against the sandbox, on both clients: test_resume.py."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from simvoly import CheckpointError
from simvoly._walk import ANCHORS, Checkpoint, Locator, Walk, key_of


@attrs.frozen
class Item:
    id: int


@attrs.frozen
class FakePage:
    items: list[Any]
    total_count: int | None
    limit: int
    skip: int


def page(ids: list[int], skip: int, total: int | None, limit: int = 10) -> FakePage:
    return FakePage([Item(i) for i in ids], total, limit, skip)


def checkpoint(position: int, total: int, last: list[int | str]) -> Checkpoint:
    return Checkpoint("list_contacts", "q", position, total, tuple(last))


def test_a_checkpoint_counts_only_the_items_handed_out() -> None:
    walk: Walk[Item] = Walk(0, 10, 1, None)
    walk.accept(page(list(range(10)), 0, 30))
    walk.taken = 4
    point = walk.checkpoint("list_contacts", "q")
    assert (point.position, point.total, point.last) == (4, 30, (0, 1, 2, 3))
    walk.taken = 0  # none of this page yet
    assert walk.checkpoint("list_contacts", "q").position == 0


def test_duplicates_left_out_of_a_page_keep_the_offsets_right() -> None:
    walk: Walk[Item] = Walk(0, 5, 1, None)
    walk.accept(page([1, 2, 3, 4, 5], 0, 20, limit=5))
    # Two records inserted before: 4 and 5 come again, then 6, 7, 8.
    fresh, _, _ = walk.accept(page([4, 5, 6, 7, 8], 5, 22, limit=5))
    assert [item.id for item in fresh] == [6, 7, 8]
    walk.taken = 2  # 6 and 7 handed out: 7 was at offset 8
    point = walk.checkpoint("list_contacts", "q")
    assert (point.position, point.last) == (9, (1, 2, 3, 4, 5, 6, 7))
    walk.taken = 0
    assert walk.checkpoint("list_contacts", "q").position == 5
    walk.taken = 3  # the whole page: past the duplicates too
    assert walk.checkpoint("list_contacts", "q").position == 10


def test_a_checkpoint_remembers_the_last_items_only() -> None:
    walk: Walk[Item] = Walk(0, 50, 1, None, last=[-2, -1])
    assert walk.checkpoint("op", "q") == Checkpoint("op", "q", 0, -1, (-2, -1))
    for skip in range(0, 150, 50):
        walk.accept(page(list(range(skip, skip + 50)), skip, None, limit=50))
    point = walk.checkpoint("op", "q")
    assert point.last == tuple(range(150 - ANCHORS, 150))
    assert point.total == -1  # the server gave none
    assert point.to_dict() == {
        "format": "simvoly.walk/1",
        "operation": "op",
        "query": "q",
        "position": 150,
        "total": -1,
        "last": list(range(150 - ANCHORS, 150)),
    }


def test_items_without_an_id_are_remembered_by_their_content() -> None:
    same = key_of({"name": "Contact form", "received": 1})
    assert same == key_of({"received": 1, "name": "Contact form"})
    assert isinstance(same, str)
    assert same.startswith("~")
    assert same != key_of({"name": "Contact form", "received": 2})
    assert key_of(Item(7)) == 7


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (None, "got NoneType"),
        ({"format": "simvoly.walk/0"}, "of format 'simvoly.walk/0'"),
        ({"format": "simvoly.walk/1", "operation": "list_orders"}, "not of 'list_contacts'"),
        ({"format": "simvoly.walk/1", "operation": "list_contacts"}, "other filters"),
    ],
)
def test_a_checkpoint_of_something_else_is_refused(value: object, message: str) -> None:
    with pytest.raises(CheckpointError, match=message):
        Checkpoint.read(value, "list_contacts", "q")


@pytest.mark.parametrize(
    "change",
    [
        {"position": -1},
        {"position": "3"},
        {"position": True},
        {"total": -2},
        {"total": None},
        {"last": "1,2"},
        {"last": list(range(ANCHORS + 1))},
        {"last": [1.5]},
    ],
)
def test_a_damaged_checkpoint_is_refused(change: dict[str, Any]) -> None:
    good = checkpoint(3, 10, [1, 2, 3]).to_dict()
    assert Checkpoint.read(good, "list_contacts", "q") == checkpoint(3, 10, [1, 2, 3])
    with pytest.raises(CheckpointError, match="damaged"):
        Checkpoint.read(good | change, "list_contacts", "q")


def search(locator: Locator, records: list[int], limit: int) -> list[int]:
    """Run the search against `records`; the offsets it read."""
    read = []
    offset = locator.next_offset()
    while offset is not None:
        read.append(offset)
        locator.feed(page(records[offset : offset + limit], offset, len(records), limit))
        offset = locator.next_offset()
    return read


def test_the_place_is_found_on_the_first_page_when_nothing_moved() -> None:
    records = list(range(100))
    locator = Locator(checkpoint(40, 100, [37, 38, 39]), limit=10)
    assert search(locator, records, 10) == [37]
    assert locator.start() == 40


def test_records_added_before_the_place_are_searched_ahead_nearest_first() -> None:
    # 25 records added before the place (newest first): the remembered ones moved 25 on.
    records = list(range(1000, 1025)) + list(range(100))
    locator = Locator(checkpoint(40, 100, [37, 38, 39]), limit=10)
    assert search(locator, records, 10) == [37, 47, 27, 57]
    assert locator.start() == 65


def test_records_deleted_before_the_place_are_searched_behind() -> None:
    # 5 records deleted before the place: the remembered ones moved 5 back.
    records = [n for n in range(100) if not 10 <= n < 15]
    locator = Locator(checkpoint(40, 100, [37, 38, 39]), limit=2)
    assert search(locator, records, 2) == [37, 39, 35, 41, 33]
    assert locator.start() == 35


def test_the_remembered_items_after_the_first_one_found_are_read_too() -> None:
    locator = Locator(checkpoint(40, 100, [37, 38, 39]), limit=2)
    assert search(locator, list(range(100)), 2) == [37, 39]
    assert locator.start() == 40


def test_a_page_that_ends_early_is_not_read_again() -> None:
    locator = Locator(checkpoint(40, 100, [37, 38, 39]), limit=10)
    assert locator.next_offset() == 37
    locator.feed(page([36, 37], 37, 100))  # 37 found at 38: 38 and 39 may follow it
    assert locator.next_offset() == 39
    locator.feed(page([], 39, None))  # nothing there after all: not asked again
    assert locator.next_offset() == 40
    locator.feed(page([], 40, None))
    assert locator.next_offset() is None
    assert locator.start() == 39


def test_without_totals_the_search_keeps_to_a_page_each_side() -> None:
    locator = Locator(checkpoint(40, -1, [37, 38, 39]), limit=10)
    read = []
    offset = locator.next_offset()
    while offset is not None:
        read.append(offset)
        locator.feed(page([], offset, None))
        offset = locator.next_offset()
    assert read == [37, 47, 27]
    with pytest.raises(CheckpointError, match="-1 items then, None now"):
        locator.start()


def test_a_list_emptied_since_resumes_at_its_start() -> None:
    locator = Locator(checkpoint(40, 100, [37, 38, 39]), limit=10)
    assert search(locator, [], 10) == [37]
    assert locator.start() == 0


def test_of_equal_items_the_one_nearest_its_old_place_is_taken() -> None:
    same = key_of({"name": "form"})
    locator = Locator(checkpoint(6, 10, [same]), limit=10)
    locator.feed(FakePage([{"name": "form"}] * 10, 10, 10, 0))
    assert locator.start() == 6

"""Records behave as frozen keyword-only dataclasses of the same declarations would."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Mapping

import pytest

from avn_aid.model.record import Record, field, field_names, is_record
from avn_aid.model.runtime import RECORDS, AgeRange, Caveat, Condition, Located, Stage


class _Base(Record):
    locators: Mapping[str, str] = field(default_factory=dict)


class _Item(_Base):
    id: str
    size: int = 3
    tags: tuple[str, ...] = ()


class _Again(_Item):
    size: int  # declared again without a default: keeps its place, now required
    extra: str = "x"


@dataclasses.dataclass(frozen=True, kw_only=True)
class _DBase:
    locators: Mapping[str, str] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True, kw_only=True)
class _DItem(_DBase):
    id: str
    size: int = 3
    tags: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True, kw_only=True)
class _DAgain(_DItem):
    size: int
    extra: str = "x"


def test_fields_come_in_the_order_dataclasses_give() -> None:
    for ours, theirs in ((_Base, _DBase), (_Item, _DItem), (_Again, _DAgain)):
        assert field_names(ours) == tuple(f.name for f in dataclasses.fields(theirs))


def test_construction_defaults_and_errors_match_dataclasses() -> None:
    item = _Item(id="a")
    assert (item.locators, item.id, item.size, item.tags) == ({}, "a", 3, ())
    assert _Item(id="a").locators is not item.locators  # a fresh dict each time
    for cls in (_Item, _DItem):
        with pytest.raises(TypeError):
            cls("a")  # type: ignore[misc]  # keyword-only
        with pytest.raises(TypeError):
            cls()  # type: ignore[call-arg]  # id is required
        with pytest.raises(TypeError, match="'colour'"):
            cls(id="a", colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="'size'"):
        _Again(id="a")  # type: ignore[call-arg]
    assert _Again(id="a", size=1).extra == "x"


def test_records_are_frozen() -> None:
    item = _Item(id="a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        item.id = "b"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del item.id  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        item.other = 1  # type: ignore[attr-defined]
    assert item.id == "a"


def test_equality_hash_and_repr_as_dataclasses() -> None:
    a, b = AgeRange(min=18, max=40), AgeRange(min=18, max=40)
    assert a == b and hash(a) == hash(b) and a != AgeRange(min=18)
    assert Condition(stages=("I",)) != Located()  # other class, never equal
    assert len({Condition(stages=("I",)), Condition(stages=("I",))}) == 1
    theirs = _DItem(id="a", tags=("t",))
    assert repr(_Item(id="a", tags=("t",))) == repr(theirs).replace("_DItem", "_Item")
    with pytest.raises(TypeError):
        hash(_Item(id="a"))  # a dict field is unhashable, as in a dataclass


def test_copies_are_equal_records() -> None:
    stage = Stage(id="I", label="I", clinician="c", plain="p", drawing="normal", sources=("s",))
    assert copy.deepcopy(stage) == stage and copy.copy(stage) == stage


def test_every_pathway_record_is_a_record_with_its_defaults() -> None:
    assert RECORDS and all(issubclass(cls, Record) for cls in RECORDS.values())
    caveat = Caveat(id="c", title="t", text="x", plain="p", sources=())
    assert caveat.when == Condition() and caveat.affected_hips == "any" and caveat.locators == {}
    assert is_record(caveat) and not is_record(Caveat) and not is_record({"id": "c"})

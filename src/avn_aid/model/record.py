"""Frozen keyword-only records: what `dataclass(frozen=True, kw_only=True)` gives, cheaper to define.

`dataclasses.dataclass` writes each class's methods as source text and compiles them when
the module is imported: about half a millisecond a class on Python 3.11, every start,
and the plain pathway has 29 classes (issue 14; `benchmarks/profile_starts.py imports
recommend`). A `Record` subclass gets the same behaviour from methods written once, here:
keyword-only construction with defaults (`field(default_factory=...)` for mutable ones),
every field required unless it has a default, no assignment or deletion after that,
equality and hashing by class and field values, and a repr like a dataclass's. Fields
are the class's annotations after its bases' (a field declared again keeps its place),
as with dataclasses. `dataclass_transform` tells type checkers the constructor's
signature, as they know a dataclass's.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from dataclasses import MISSING, FrozenInstanceError
from types import MappingProxyType
from typing import Any, ClassVar, TypeGuard, dataclass_transform


class RecordField:
    """One field of a record class: its name, default or default factory, and metadata."""

    __slots__ = ("default", "default_factory", "metadata", "name")

    def __init__(
        self,
        name: str = "",
        *,
        default: Any = MISSING,
        default_factory: Any = MISSING,
        metadata: Mapping[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.default = default
        self.default_factory = default_factory
        self.metadata: Mapping[str, Any] = MappingProxyType(dict(metadata or {}))

    def named(self, name: str) -> RecordField:
        return RecordField(
            name,
            default=self.default,
            default_factory=self.default_factory,
            metadata=self.metadata,
        )


def field(
    *,
    default: Any = MISSING,
    default_factory: Callable[[], Any] | Any = MISSING,
    metadata: Mapping[str, Any] | None = None,
) -> Any:
    """A field with a default made afresh for each record (a dict, another record), or a
    default or a plain one with metadata (a description for the result's JSON Schema)."""
    return RecordField(default=default, default_factory=default_factory, metadata=metadata)


@dataclass_transform(kw_only_default=True, frozen_default=True, field_specifiers=(field,))
class Record:
    """Base of the plain records: subclass it and annotate the fields."""

    __slots__ = ()
    _fields: ClassVar[tuple[RecordField, ...]] = ()
    _names: ClassVar[tuple[str, ...]] = ()
    _name_set: ClassVar[frozenset[str]] = frozenset()
    _defaults: ClassVar[dict[str, Any]] = {}
    _factories: ClassVar[dict[str, Callable[[], Any]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        found = {item.name: item for item in cls._fields}  # the bases' fields, in order
        for name, annotation in inspect.get_annotations(cls).items():
            if str(annotation).startswith(("ClassVar", "typing.ClassVar")):
                continue
            value = cls.__dict__.get(name, MISSING)
            if isinstance(value, RecordField):
                found[name] = value.named(name)
                if value.default is MISSING:
                    delattr(cls, name)
                else:
                    setattr(cls, name, value.default)  # as dataclasses leave it
            else:
                found[name] = RecordField(name, default=value)
        cls._fields = tuple(found.values())
        cls._names = tuple(found)
        cls._name_set = frozenset(found)
        cls._defaults = {f.name: f.default for f in cls._fields if f.default is not MISSING}
        cls._factories = {
            f.name: f.default_factory for f in cls._fields if f.default_factory is not MISSING
        }

    def __init__(self, **values: Any) -> None:
        if values.keys() != self._name_set:
            values = self._completed(values)
        self.__dict__.update(values)  # the one place fields are set: __setattr__ refuses

    @classmethod
    def _completed(cls, given: dict[str, Any]) -> dict[str, Any]:
        """The given values with the defaults of those left out; TypeError as Python's own."""
        unknown = [name for name in given if name not in cls._name_set]
        if unknown:
            raise TypeError(
                f"{cls.__qualname__}() got an unexpected keyword argument {unknown[0]!r}"
            )
        values = {}
        for name in cls._names:
            if name in given:
                values[name] = given[name]
            elif name in cls._defaults:
                values[name] = cls._defaults[name]
            elif name in cls._factories:
                values[name] = cls._factories[name]()
        missing = [name for name in cls._names if name not in values]
        if missing:
            listed = ", ".join(repr(name) for name in missing)
            raise TypeError(f"{cls.__qualname__}() missing required keyword arguments: {listed}")
        return values

    def _values(self) -> tuple[Any, ...]:
        return tuple(map(self.__dict__.__getitem__, self._names))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={value!r}" for name, value in zip(self._names, self._values(), strict=True)
        )
        return f"{type(self).__qualname__}({shown})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")


def field_names(record: Any) -> tuple[str, ...]:
    """The fields of a record (class or instance), in order."""
    names: tuple[str, ...] = record._names
    return names


def record_fields(record: Any) -> tuple[RecordField, ...]:
    """The fields of a record (class or instance), in order, as `dataclasses.fields` gives."""
    found: tuple[RecordField, ...] = record._fields
    return found


def is_record(value: object) -> TypeGuard[Record]:
    """Whether the value is a record (not a record class)."""
    return isinstance(value, Record)

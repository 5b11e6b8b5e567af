"""Cross-reference checks: every id a pathway mentions must be defined, once.

Works on plain data (the YAML as loaded, or a model dump) and tolerates missing or
malformed parts, so the loader can report reference problems together with schema
problems, each with its path and so its line.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from avn_aid.text import excerpt, summary

Path = tuple[str | int, ...]

# Collections whose items carry an `id`, by their path in the file.
_ID_COLLECTIONS: dict[str, Path] = {
    "source": ("sources",),
    "stage": ("staging", "stages"),
    "collapse status": ("staging", "collapse"),
    "consistency rule": ("staging", "impossible"),
    "contraindication": ("contraindications",),
    "risk factor": ("risk_factors",),
    "option": ("options",),
    "protocol": ("protocols",),
    "caveat": ("caveats",),
    "disagreement": ("disagreements",),
}

# Keys of a condition (a rule's `when`, a caveat's `when`, ...) and what they refer to.
_CONDITION_REFS = {
    "stages": "stage",
    "collapse": "collapse status",
    "contraindications_any": "contraindication",
    "risk_factors_any": "risk factor",
}


def _get(data: Any, path: Path) -> Any:
    for part in path:
        if isinstance(part, str) and isinstance(data, Mapping):
            data = data.get(part)
        elif isinstance(part, int) and isinstance(data, list | tuple) and part < len(data):
            data = data[part]
        else:
            return None
    return data


def _items(data: Any, path: Path) -> Iterator[tuple[Path, Mapping[str, Any]]]:
    seq = _get(data, path)
    if isinstance(seq, list | tuple):
        for index, item in enumerate(seq):
            if isinstance(item, Mapping):
                yield (*path, index), item


def defined_ids(data: Any) -> dict[str, list[str]]:
    """Ids defined in each collection, in file order."""
    return {
        kind: [str(item["id"]) for _, item in _items(data, path) if "id" in item]
        for kind, path in _ID_COLLECTIONS.items()
    }


def _refs(value: Any) -> list[tuple[int | None, Any]]:
    if isinstance(value, list | tuple):
        return list(enumerate(value))
    if value is None:
        return []
    return [(None, value)]


def reference_problems(data: Any) -> list[tuple[Path, str]]:
    """Every duplicate id and every reference to an undefined id, with its path."""
    problems: list[tuple[Path, str]] = []
    ids = defined_ids(data)
    known = {kind: set(values) for kind, values in ids.items()}

    def check(path: Path, value: Any, kind: str) -> None:
        for index, ref in _refs(value):
            if ref not in known[kind]:
                where = path if index is None else (*path, index)
                choices = summary(ids[kind], empty="none defined")
                problems.append((where, f"unknown {kind} {excerpt(ref)} (defined: {choices})"))

    for kind, coll_path in _ID_COLLECTIONS.items():
        seen: set[Any] = set()
        for path, item in _items(data, coll_path):
            if "id" in item and item["id"] in seen:
                problems.append(
                    ((*path, "id"), f"{kind} id {excerpt(item['id'])} is defined twice")
                )
            seen.add(item.get("id"))

    def walk(node: Any, path: Path) -> None:
        if isinstance(node, Mapping):
            for key, value in node.items():
                if key in ("sources", "crutch_time_sources") and path != ():
                    check((*path, key), value, "source")
                elif key == "when" and isinstance(value, Mapping):
                    for cond_key, ref_kind in _CONDITION_REFS.items():
                        check((*path, key, cond_key), value.get(cond_key), ref_kind)
                walk(value, (*path, key))
        elif isinstance(node, list | tuple):
            for index, item in enumerate(node):
                walk(item, (*path, index))

    walk(data, ())

    for path, rule in _items(data, ("staging", "impossible")):
        check((*path, "stages"), rule.get("stages"), "stage")
        check((*path, "collapse"), rule.get("collapse"), "collapse status")
    for path, modifier in [
        *_items(data, ("contraindications",)),
        *_items(data, ("risk_factors",)),
    ]:
        for effect_path, effect in _items(modifier, ("effects",)):
            check((*path, *effect_path, "options"), effect.get("options"), "option")
    for path, option in _items(data, ("options",)):
        if option.get("protocol") is not None:
            check((*path, "protocol"), option.get("protocol"), "protocol")
        rule_ids: set[Any] = set()
        for rule_path, rule in _items(option, ("rules",)):
            if rule.get("id") in rule_ids:
                problems.append(
                    ((*path, *rule_path, "id"), f"rule id {excerpt(rule['id'])} is used twice")
                )
            rule_ids.add(rule.get("id"))
    for coll in ("caveats", "disagreements"):
        for path, item in _items(data, (coll,)):
            check((*path, "options"), item.get("options"), "option")
    return problems

"""Where a part of the pathway was written, as file, line and column for a finding."""

from __future__ import annotations

from avn_aid.loading.located import LocatedData
from avn_aid.model.runtime import Pathway, rule_ref


class Locator:
    """Finds the line and column of a path in the pathway file, or of a rule by reference."""

    def __init__(self, pathway: Pathway, located: LocatedData, file: str) -> None:
        self.located = located
        self.file = file
        self.option_index = {o.id: i for i, o in enumerate(pathway.options)}
        self.rule_index = {
            rule_ref(o.id, r.id): (i, j)
            for i, o in enumerate(pathway.options)
            for j, r in enumerate(o.rules)
        }

    def at(self, path: tuple[str | int, ...]) -> tuple[str, int, int]:
        mark = self.located.mark(path)
        return self.file, mark.line, mark.column

    def rule(self, ref: str) -> tuple[str, int, int]:
        if ref in self.rule_index:
            i, j = self.rule_index[ref]
            return self.at(("options", i, "rules", j))
        option_id = ref.split("/")[0]
        return self.at(("options", self.option_index[option_id], "default"))

"""A validated pathway together with the file it came from, identified by its sha256."""

from __future__ import annotations

from dataclasses import dataclass

from avn_aid.model.runtime import Pathway


@dataclass(frozen=True)
class PathwayDocument:
    """What the loader hands on: the pathway as plain data, its file's sha256 and name."""

    pathway: Pathway
    sha256: str
    file: str

    @property
    def short_sha(self) -> str:
        return self.sha256[:12]

"""Option statuses and their order of permissiveness."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """How the pathway marks an option for a patient."""

    RECOMMENDED = "recommended"
    CONSIDER = "consider"
    NOT_RECOMMENDED = "not_recommended"
    CONTRAINDICATED = "contraindicated"

    @property
    def permissiveness(self) -> int:
        """Higher is more permissive; a ceiling can only lower it."""
        return _PERMISSIVENESS[self]

    @property
    def words(self) -> str:
        return self.value.replace("_", " ")

    @property
    def is_offered(self) -> bool:
        """Recommended or to consider: an option the patient may choose now."""
        return self in (Status.RECOMMENDED, Status.CONSIDER)


_PERMISSIVENESS = {
    Status.RECOMMENDED: 3,
    Status.CONSIDER: 2,
    Status.NOT_RECOMMENDED: 1,
    Status.CONTRAINDICATED: 0,
}


def least_permissive(statuses: list[Status]) -> Status:
    """The most cautious of several statuses."""
    return min(statuses, key=lambda s: s.permissiveness)

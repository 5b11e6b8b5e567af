"""Option statuses: their order of permissiveness, their words and their colours."""

from __future__ import annotations

from enum import StrEnum

from avn_aid.catalogue import text


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
        """The short word for the status (the catalogue's `status.<id>.label`)."""
        return text(f"status.{self.value}.label")

    @property
    def colour(self) -> str:
        """The status colour (hex) where colour is used: a second channel, never alone."""
        return _COLOURS[self]

    @property
    def is_offered(self) -> bool:
        """Recommended or to consider: an option the patient may choose now."""
        return self in (Status.RECOMMENDED, Status.CONSIDER)


_COLOURS = {
    Status.RECOMMENDED: "#1f6f3f",
    Status.CONSIDER: "#1f4e8a",
    Status.NOT_RECOMMENDED: "#7a5a00",
    Status.CONTRAINDICATED: "#8a1c1c",
}
ALERT_COLOUR = _COLOURS[Status.CONTRAINDICATED]  # input the wizard cannot accept

_PERMISSIVENESS = {
    Status.RECOMMENDED: 3,
    Status.CONSIDER: 2,
    Status.NOT_RECOMMENDED: 1,
    Status.CONTRAINDICATED: 0,
}


def least_permissive(statuses: list[Status]) -> Status:
    """The most cautious of several statuses."""
    return min(statuses, key=lambda s: s.permissiveness)

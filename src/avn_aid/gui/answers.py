"""The consultation's answers as one value: what the wizard gives its pages and takes back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal, Protocol

from avn_aid.model.values import Preferences

if TYPE_CHECKING:
    from avn_aid.engine.result import Result
    from avn_aid.handout.content import Consultation
    from avn_aid.model.document import PathwayDocument

Side = Literal["left", "right"]
YesNo = Literal["yes", "no"]


@dataclass(frozen=True)
class Answers:
    """Everything the clinician has entered; None means not entered yet."""

    patient_name: str = ""
    age: int | None = None
    side: Side | None = None
    clinician: str = ""
    stage: str | None = None
    collapse: str | None = None
    contraindications: tuple[str, ...] = ()  # both hips: the left hip's per-hip ones too
    risk_factors: tuple[str, ...] = ()
    symptoms: YesNo | None = None  # None: not asked
    failed_conservative_care: YesNo | None = None
    handout_language: str = "en"  # BCP 47; chosen per handout, apart from the interface
    both_hips: bool = False  # then stage and collapse are the left hip's
    right_stage: str | None = None
    right_collapse: str | None = None
    right_contraindications: tuple[str, ...] = ()  # the right hip's per-hip contraindications
    right_symptoms: YesNo | None = None  # with both hips, `symptoms` is the left hip's
    preferences: Preferences = field(default_factory=Preferences)  # what matters to them

    def about_patient(self) -> Answers:
        """The answers that describe the patient (the clinician's name is not about them)."""
        return replace(self, clinician="", handout_language="en")

    def consultation(self, date: dt.date) -> Consultation:
        from avn_aid.handout.content import Consultation

        return Consultation(
            date=date,
            patient_name=self.patient_name.strip(),
            clinician=self.clinician.strip(),
            side=None if self.both_hips else self.side,
            preferences=self.preferences,
        )


class Host(Protocol):
    """What a page may ask of the wizard: the pathway, the answers so far, the result."""

    @property
    def document(self) -> PathwayDocument: ...

    @property
    def written_document(self) -> PathwayDocument: ...

    def answers(self) -> Answers: ...

    def result(self) -> Result: ...

    def mark_kept(self) -> None:
        """The patient was saved or printed: nothing is lost if they are now discarded."""


class AnswerPage(Protocol):
    """A page shows its part of the answers and gives it back; it knows no other page."""

    def show_answers(self, answers: Answers) -> None: ...

    def give_answers(self, answers: Answers) -> Answers: ...

    def retranslate(self) -> None:
        """Name everything again in the interface language, keeping the answers shown."""

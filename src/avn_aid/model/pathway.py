"""The pathway format: every class here is a section or item of a pathway YAML file.

This is the edge: it reads and checks files. What the program runs on is the plain data
built from a validated pathway (`model/runtime.py`: the same names and fields, with the
lookups the engine, the handout and the faces use).

Field descriptions are the documentation: they feed `avn-aid schema` (editor completion)
and docs/authoring.md. The Python code knows no stage, option or contraindication by
name; all clinical content lives in the YAML.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from avn_aid.model.base import StrictModel
from avn_aid.model.status import Status
from avn_aid.model.types import MAX_AGE, Bool, Date, Float, Int
from avn_aid.model.values_format import ValueItem

Id = Annotated[
    str,
    Field(
        pattern=r"^[A-Za-z0-9][A-Za-z0-9_\-]*$",
        max_length=64,
        description="A stable identifier: letters, digits, '_' and '-'.",
    ),
]
Text = Annotated[str, Field(min_length=1, max_length=4000)]
# Names, labels and headings go into table headers and the option grid's narrow columns.
Name = Annotated[str, Field(min_length=1, max_length=120)]
# A bound against hostile files, not a clinical limit: every option is evaluated for every
# patient the authoring checks stand for, so the analysis grows with it (linearly). 32 is
# more than any decision aid shows at once and keeps a refused file cheap to refuse.
MAX_OPTIONS = 32
SourceIds = Annotated[
    tuple[Id, ...],
    Field(min_length=1, description="Ids of the sources (see `sources`) this statement rests on."),
]


class Located(StrictModel):
    """A statement that cites sources, optionally saying where in each source it is."""

    locators: dict[str, Text] = Field(
        default_factory=dict,
        description=(
            "Where in a cited source the statement rests, by source id: a section, table, "
            "page or line (e.g. {s003: 'Post-Procedure Protocol'}). Keys must be among `sources`."
        ),
    )

    @model_validator(mode="after")
    def _locators_cite(self) -> Located:
        cited = set(getattr(self, "sources", ()) or ())
        stray = sorted(set(self.locators) - cited)
        if stray:
            raise ValueError(
                f"locators name sources this statement does not cite: {', '.join(stray)}"
            )
        return self


class AgeRange(StrictModel):
    """An inclusive range of ages in whole years; a missing end is open."""

    min: Int | None = Field(default=None, ge=0, le=MAX_AGE, description="Lowest age included.")
    max: Int | None = Field(default=None, ge=0, le=MAX_AGE, description="Highest age included.")

    @model_validator(mode="after")
    def _ordered(self) -> AgeRange:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min}) is greater than max ({self.max})")
        return self


class Condition(StrictModel):
    """Which patients something applies to. Every field left out means 'any'.

    All given fields must hold (AND); inside a list any one value is enough (OR).
    """

    stages: tuple[Id, ...] | None = Field(default=None, description="Stage ids; any of them.")
    collapse: tuple[Id, ...] | None = Field(
        default=None, description="Collapse status ids; any of them."
    )
    age: AgeRange | None = Field(default=None, description="Age range, inclusive.")
    contraindications_any: tuple[Id, ...] | None = Field(
        default=None, description="Applies when the patient has any of these contraindications."
    )
    risk_factors_any: tuple[Id, ...] | None = Field(
        default=None, description="Applies when the patient has any of these risk factors."
    )
    symptoms: tuple[Literal["yes", "no", "unknown"], ...] | None = Field(
        default=None,
        description="Whether the hip causes symptoms: yes, no, or unknown (not asked); any of them.",
    )
    failed_conservative_care: tuple[Literal["yes", "no", "unknown"], ...] | None = Field(
        default=None,
        description=(
            "Whether non-surgical care failed for 3 months or more: yes, no, or unknown "
            "(not asked); any of them."
        ),
    )


class Scope(StrictModel):
    """Who the pathway is for."""

    condition: Text = Field(description="The condition, in clinician's words.")
    min_age: Int = Field(ge=0, le=MAX_AGE, description="Youngest patient in scope (years).")
    max_age: Int = Field(
        ge=0, le=MAX_AGE, description="Oldest plausible age; above it the input is refused."
    )
    referral_message: Text = Field(description="Shown when a patient is younger than min_age.")

    @model_validator(mode="after")
    def _ordered(self) -> Scope:
        if self.min_age > self.max_age:
            raise ValueError(f"min_age ({self.min_age}) is greater than max_age ({self.max_age})")
        return self


class Metadata(StrictModel):
    """Who made the pathway, which version it is and when it is reviewed."""

    id: Id = Field(description="Stable id of this pathway.")
    title: Name = Field(description="Title shown in the window and on the handout.")
    version: Annotated[str, Field(pattern=r"^\d+\.\d+(\.\d+)?$")] = Field(
        description="Version such as 1.2.0; quote it in YAML."
    )
    status: Literal["draft", "approved"] = Field(
        description="A draft prints a DRAFT watermark on every handout page."
    )
    authors: tuple[Text, ...] = Field(description="Who wrote the pathway.", min_length=1)
    reviewers: tuple[Text, ...] = Field(
        default=(), description="Clinical reviewers; an approved pathway needs at least one."
    )
    last_reviewed: Date | None = Field(
        default=None,
        description="Date of the last clinical review (YYYY-MM-DD); only with a reviewer named.",
    )
    next_review: Date = Field(
        description="Date of the next review; `check` warns once it has passed."
    )
    scope: Scope = Field(description="Who the pathway is for.")
    update_policy: Text = Field(description="How and when the pathway is updated.")
    funding: Text = Field(description="Who paid for the pathway; conflicts of interest.")
    staging_note: Text = Field(description="Which staging convention is used, for the handout.")

    @model_validator(mode="after")
    def _consistent(self) -> Metadata:
        if self.last_reviewed is not None and self.next_review < self.last_reviewed:
            raise ValueError("next_review is before last_reviewed")

        if self.status == "approved" and not self.reviewers:
            raise ValueError("an approved pathway must name at least one reviewer")
        return self


# A title or journal as published: kept as it is, never translated (a citation must be
# findable), so it is not `Text`.
Published = Annotated[str, Field(min_length=1, max_length=800)]

SourceKind = Literal[
    "peer_reviewed_study",
    "guideline",
    "review",
    "clinician_page",
    "promotional_page",
    "general_overview",
    "patient_information",
    "reference_summary",
]


class Source(StrictModel):
    """A document the pathway rests on."""

    id: Id
    citation: Text = Field(description="Full citation as printed in the handout.")
    kind: SourceKind = Field(description="What sort of document it is; printed for patients.")
    year: Int | None = Field(
        description="Year of publication, if known.", default=None, ge=1900, le=2100
    )
    file: str | None = Field(default=None, description="File name among the seed documents.")
    limits: Text = Field(description="What the source cannot tell us.")
    authors: tuple[Text, ...] = Field(
        default=(), description="Authors or the organisation responsible, as the source names them."
    )
    title: Published | None = Field(default=None, description="Title as the document gives it.")
    published_in: Published | None = Field(
        default=None, description="Journal (with volume and pages) or web site."
    )
    url: Annotated[str, Field(pattern=r"^https?://\S+$", max_length=500)] | None = Field(
        default=None, description="Where a reader can find it."
    )
    accessed: Date | None = Field(
        default=None, description="When the pathway's authors read it (YYYY-MM-DD)."
    )

    @model_validator(mode="after")
    def _findable(self) -> Source:
        if self.url is not None and self.accessed is None:
            raise ValueError("a source with a url needs the date it was read (accessed)")
        return self


class Stage(Located):
    """One stage of the staging system."""

    id: Id
    label: Name = Field(description="Short name, e.g. 'Stage IIA'.")
    clinician: Text = Field(description="Definition in clinical terms.")
    plain: Text = Field(description="The same in plain language for patients.")
    drawing: Literal["normal", "oedema", "sclerosis", "crescent", "flattened", "arthritic"] = Field(
        description="Which femoral-head drawing shows this stage."
    )
    sources: SourceIds


class CollapseStatus(Located):
    """How far the femoral head has collapsed."""

    id: Id
    label: Name = Field(description="Short name, e.g. 'Minimal collapse'.")
    clinician: Text = Field(description="Definition in clinical terms.")
    plain: Text = Field(description="The same in plain language for patients.")
    sources: SourceIds


class ConsistencyRule(Located):
    """A stage and collapse combination that cannot exist; such input is refused."""

    id: Id
    stages: tuple[Id, ...] = Field(description="Stage ids this rule applies to.", min_length=1)
    collapse: tuple[Id, ...] = Field(
        description="Collapse ids that are impossible with those stages.", min_length=1
    )
    message: Text = Field(description="Why the combination is impossible.")
    sources: SourceIds


class Staging(StrictModel):
    system: Text = Field(description="Name of the staging system.")
    stages: tuple[Stage, ...] = Field(description="The stages, in order.", min_length=1)
    collapse: tuple[CollapseStatus, ...] = Field(
        description="The collapse statuses, in order.", min_length=1
    )
    impossible: tuple[ConsistencyRule, ...] = Field(
        description="Stage and collapse combinations that cannot exist.", default=()
    )


class Effect(Located):
    """How a contraindication or risk factor limits options: a ceiling on their status."""

    options: tuple[Id, ...] = Field(description="Option ids affected.", min_length=1)
    ceiling: Status = Field(
        description="The most permissive status these options may keep for this patient."
    )
    text: Text = Field(description="The reason shown next to the option.")
    sources: SourceIds


class Modifier(Located):
    """A contraindication or a risk factor."""

    id: Id
    label: Name = Field(description="Name shown in the wizard.")
    explanation: Text = Field(description="Shown as help text in the wizard.")
    group: Name = Field(description="Heading the wizard groups it under.")
    effects: tuple[Effect, ...] = Field(
        description="Ceilings this item sets on options.", default=()
    )
    sources: SourceIds


class Contraindication(Modifier):
    kind: Literal["absolute", "relative"] = Field(
        description="Absolute ones must make every affected option contraindicated."
    )
    per_hip: bool = Field(
        default=False,
        description="A fact about one hip (e.g. earlier surgery on it), asked and applied for "
        "each affected hip on its own; otherwise it is about the whole patient.",
    )

    @model_validator(mode="after")
    def _absolute_means_contraindicated(self) -> Contraindication:
        if self.kind == "absolute":
            for effect in self.effects:
                if effect.ceiling != Status.CONTRAINDICATED:
                    raise ValueError(
                        "an absolute contraindication must set every ceiling to contraindicated"
                    )
        return self


class RiskFactor(Modifier):
    pass


class Rule(Located):
    """When `when` holds, the option gets `status`. See docs/authoring.md for precedence."""

    id: Id
    when: Condition = Field(description="Which patients the rule applies to.")
    status: Status = Field(description="recommended, consider, not_recommended or contraindicated.")
    rationale: Text = Field(description="Why; shown to the clinician and on the handout.")
    priority: Int = Field(
        default=0, description="A matching rule of higher priority overrides lower ones."
    )
    sources: SourceIds

    @field_validator("when")
    @classmethod
    def _no_modifiers_in_rules(cls, when: Condition) -> Condition:
        if when.contraindications_any is not None:
            raise ValueError("rules do not test contraindications; give them effects instead")
        return when


class Default(Located):
    status: Status = Field(description="Status when no rule matches.")
    rationale: Text = Field(description="Why.")
    sources: SourceIds


class Outcome(Located):
    """A figure from a source, with what it needs to be read honestly."""

    id: Id
    measure: Text = Field(description="What was counted, e.g. 'hip kept (no replacement)'.")
    percent: Float | None = Field(
        description="The figure as a percentage.", default=None, ge=0, le=100
    )
    percent_low: Float | None = Field(
        description="Lower end of a range.", default=None, ge=0, le=100
    )
    percent_high: Float | None = Field(
        description="Upper end of a range.", default=None, ge=0, le=100
    )
    opposite: Text | None = Field(
        default=None,
        description=(
            "The same figure framed the other way, e.g. 'needed a new hip' for 'kept their own "
            "hip'; printed as 100 minus the figure."
        ),
    )
    counted: Literal["people", "hips", "unclear"] = Field(
        default="people",
        description="What the source counted: people, hips, or unclear (it does not say).",
    )
    denominator: Int | None = Field(
        default=None,
        ge=1,
        description="How many were counted; only with stated_denominator: true.",
    )
    stated_denominator: Bool | None = Field(
        default=None,
        description=(
            "Whether the source itself states how many were counted. A denominator is "
            "printed only when true; `check` reports a denominator without it."
        ),
    )
    population: Text = Field(description="Who the patients were.")
    follow_up: Text | None = Field(
        default=None, description="How long they were followed, as the source states it."
    )
    study: Text = Field(description="What kind of study, in plain words.")
    short: Text | None = Field(
        default=None,
        description="The figure in one line for the options grid, in the pathway's own "
        "words; required for a range, which must say who claims it and on what basis.",
    )
    applies_to: Condition | None = Field(
        default=None,
        description=(
            "Patients like those the figure was measured in; others are told the figure is "
            "not from patients like them instead of seeing it."
        ),
    )
    sources: SourceIds

    @model_validator(mode="after")
    def _one_figure(self) -> Outcome:
        ranged = self.percent_low is not None or self.percent_high is not None
        if (self.percent is None) == (not ranged) or (
            ranged and (self.percent_low is None or self.percent_high is None)
        ):
            raise ValueError("give either percent, or both percent_low and percent_high")
        if ranged and self.percent_low > self.percent_high:  # type: ignore[operator]
            raise ValueError(
                f"percent_low ({self.percent_low}) is greater than percent_high ({self.percent_high})"
            )
        if ranged and self.short is None:
            raise ValueError("a range needs 'short': one line saying who claims it")
        return self


class CitedText(Located):
    text: Text = Field(description="The statement, in plain language.")
    sources: SourceIds


class Preparation(Located):
    text: Text = Field(description="The step, in plain language.")
    when: Condition | None = Field(default=None, description="Only for these patients.")
    sources: SourceIds


class Option(Located):
    """A treatment option."""

    id: Id
    name: Name = Field(description="Name shown in the wizard and the handout.")
    plain: Text = Field(description="What it is, in plain language.")
    involves: Text = Field(description="What having it involves.")
    rules: tuple[Rule, ...] = Field(
        description="Status rules by stage, collapse and age (see precedence in docs/authoring.md).",
        default=(),
    )
    default: Default = Field(description="Status when no rule matches.")
    listed_for_information: Text | None = Field(
        default=None,
        description="Why no patient is offered this option; silences the unreachable check.",
    )
    benefits: tuple[CitedText, ...] = Field(
        description="Possible benefits, each cited.", min_length=1
    )
    risks: tuple[CitedText, ...] = Field(
        description="Possible harms and downsides, each cited.", min_length=1
    )
    outcomes: tuple[Outcome, ...] = Field(
        description="Outcome figures with their denominators.", default=()
    )
    costs: tuple[CitedText, ...] = Field(
        description="Costs and insurance, where sources give them.", default=()
    )
    preparation: tuple[Preparation, ...] = Field(
        description="Steps before the procedure.", default=()
    )
    protocol: Id | None = Field(default=None, description="Id of its recovery protocol.")
    crutch_time: Text = Field(description="Time on crutches and recovery, in plain words.")
    crutch_time_sources: tuple[Id, ...] = Field(
        default=(),
        description=(
            "Ids of the sources `crutch_time` rests on, printed beside it; `check` warns "
            "when there are none."
        ),
    )
    sources: SourceIds


WeightBearing = Literal["none", "partial", "progressive", "full", "as_tolerated", "as_advised"]


class Phase(Located):
    name: Name = Field(description="Name of the phase.")
    from_week: Int = Field(
        description="First week of the phase (0 = the day of the procedure).", ge=0, le=520
    )
    to_week: Int | None = Field(default=None, ge=0, le=520, description="Empty means onward.")
    weight_bearing: WeightBearing = Field(
        description="none, partial, progressive, full, as_tolerated or as_advised."
    )
    percent: Int | None = Field(default=None, ge=1, le=99, description="For partial only.")
    restrictions: tuple[Text, ...] = Field(description="What to avoid.", default=())
    physiotherapy: tuple[Text, ...] = Field(description="Physiotherapy in this phase.", default=())
    sources: SourceIds

    @model_validator(mode="after")
    def _check(self) -> Phase:
        if self.to_week is not None and self.to_week < self.from_week:
            raise ValueError("to_week is before from_week")
        if self.percent is not None and self.weight_bearing != "partial":
            raise ValueError("percent is only for partial weight-bearing")
        return self


class Visit(Located):
    at: Text = Field(description="When, e.g. '6 weeks' or 'every 6 months'.")
    week: Int | None = Field(default=None, ge=0, le=1040, description="For ordering.")
    checks: tuple[Text, ...] = Field(description="What is checked.", min_length=1)
    imaging: tuple[Text, ...] = Field(description="Which imaging.", default=())
    sources: SourceIds


class Protocol(Located):
    id: Id
    name: Name = Field(description="Name shown above the timeline.")
    phases: tuple[Phase, ...] = Field(description="Phases in order of from_week.", min_length=1)
    follow_up: tuple[Visit, ...] = Field(description="Follow-up visits.", default=())
    sources: SourceIds

    @model_validator(mode="after")
    def _phases_in_order(self) -> Protocol:
        previous = -1
        for phase in self.phases:
            if phase.from_week < previous:
                raise ValueError("phases must be in order of from_week")
            previous = phase.from_week
        return self


AffectedHips = Literal["any", "one", "both"]
AFFECTED_HIPS_DESCRIPTION = (
    "any: whether one hip or both are affected; one: only when a single hip is (e.g. have "
    "the other hip checked); both: only when both are, shown once for the patient (e.g. one "
    "operation or two), and with `options` only when each hip has one of them offered."
)


class Caveat(Located):
    """A warning shown when it applies to the patient."""

    id: Id
    title: Name = Field(description="Short heading.")
    text: Text = Field(description="Clinician wording.")
    plain: Text = Field(description="Patient wording for the handout.")
    when: Condition = Field(
        description="Which patients it applies to; empty means all.", default_factory=Condition
    )
    options: tuple[Id, ...] | None = Field(
        default=None, description="Only when one of these options is recommended or to consider."
    )
    affected_hips: AffectedHips = Field(default="any", description=AFFECTED_HIPS_DESCRIPTION)
    section: Literal["notes", "condition", "course"] = Field(
        default="notes",
        description="Where the handout prints it: 'condition' beside 'your hip now' (causes, "
        "symptoms), 'course' under 'what usually happens without treatment', 'notes' among "
        "the things to keep in mind.",
    )
    sources: SourceIds

    @model_validator(mode="after")
    def _both_hips_are_about_the_patient(self) -> Caveat:
        if self.affected_hips == "both" and (
            self.when.stages is not None or self.when.collapse is not None
        ):
            raise ValueError(
                "a caveat for both hips is shown once for the patient, so its `when` cannot "
                "test stages or collapse (each hip has its own)"
            )
        return self


class Position(Located):
    says: Text = Field(description="One position, paraphrased.")
    sources: SourceIds


class Disagreement(StrictModel):
    """Where the sources disagree; shown, never resolved silently."""

    id: Id
    topic: Text = Field(description="The question the sources disagree on.")
    positions: tuple[Position, ...] = Field(description="What each source says.", min_length=2)
    what_we_do: Text = Field(description="What this pathway does about it, and why.")
    options: tuple[Id, ...] | None = Field(
        default=None, description="Shown when one of these options is listed as offered."
    )
    affected_hips: AffectedHips = Field(default="any", description=AFFECTED_HIPS_DESCRIPTION)
    when: Condition | None = Field(
        default=None,
        description="Shown only to these patients (e.g. after collapse); empty means all.",
    )


class HandoutWords(StrictModel):
    """The condition-specific prose of the patient's handout; `{hip}` is replaced by
    'your hip' or 'your left hip' / 'your right hip'."""

    title: Text = Field(description="The handout's title, e.g. 'Choosing a treatment for ...'.")
    about: Text = Field(
        description="The opening paragraph: the decision, and what the condition is in plain words."
    )
    questions: tuple[Text, ...] = Field(
        description="Questions the patient may want to ask the surgeon.", min_length=1
    )


class Pathway(StrictModel):
    """A whole pathway file."""

    metadata: Metadata = Field(
        description="Who made the pathway, its version, review dates and scope."
    )
    sources: tuple[Source, ...] = Field(
        description="The documents every statement cites, by id.", min_length=1
    )
    staging: Staging = Field(
        description="The staging system, collapse statuses and impossible combinations."
    )
    contraindications: tuple[Contraindication, ...] = Field(
        description="Conditions that limit options; each sets a ceiling on their status.",
        default=(),
    )
    risk_factors: tuple[RiskFactor, ...] = Field(
        description="Habits and medicines that add caveats or preparation steps.", default=()
    )
    options: tuple[Option, ...] = Field(
        description="The treatment options, in the order they are shown (at most 32).",
        min_length=1,
        max_length=MAX_OPTIONS,
    )
    protocols: tuple[Protocol, ...] = Field(
        description="Recovery protocols that options refer to by id.", default=()
    )
    caveats: tuple[Caveat, ...] = Field(
        description="Warnings shown when they apply to the patient.", default=()
    )
    disagreements: tuple[Disagreement, ...] = Field(
        description="Where the sources disagree; shown, never resolved silently.", default=()
    )
    handout: HandoutWords = Field(
        description="The handout's condition-specific prose: title, what the condition is, "
        "questions to ask."
    )
    values: tuple[ValueItem, ...] = Field(
        description="What may matter to a patient when choosing; rated 1-5 in the wizard, "
        "on the command line (--value KEY=N) and printed in the handout.",
        default=(),
    )

    @model_validator(mode="after")
    def _references_resolve(self, info: ValidationInfo) -> Pathway:
        # The loader checks references itself on the raw YAML to report line numbers,
        # and asks us to skip; a pathway built any other way is checked here.
        if info.context and info.context.get("references_checked"):
            return self
        from avn_aid.model.references import reference_problems

        problems = reference_problems(self.model_dump(mode="json"))
        if problems:
            raise ValueError("; ".join(f"{_dotted(path)}: {msg}" for path, msg in problems))
        return self

    @field_validator("values")
    @classmethod
    def _unique_value_ids(cls, values: tuple[ValueItem, ...]) -> tuple[ValueItem, ...]:
        ids = [v.id for v in values]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise ValueError(f"value item ids repeated: {', '.join(repeated)}")
        return values


def _dotted(path: tuple[str | int, ...]) -> str:
    return re.sub(r"\.\[", "[", ".".join(str(p) for p in path))

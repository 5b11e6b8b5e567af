"""Print the field-by-field reference of the pathway format, from the model's descriptions.

docs/authoring.md embeds this output between markers; a test keeps the two in sync.
"""

from __future__ import annotations

import re

from avn_aid.model import pathway as model
from avn_aid.model.values_format import ValueItem

ORDER = [
    model.Pathway,
    model.Metadata,
    model.Scope,
    model.Source,
    model.Staging,
    model.Stage,
    model.CollapseStatus,
    model.ConsistencyRule,
    model.Contraindication,
    model.RiskFactor,
    model.Effect,
    model.Option,
    model.Rule,
    model.Condition,
    model.AgeRange,
    model.Default,
    model.Outcome,
    model.CitedText,
    model.Preparation,
    model.Protocol,
    model.Phase,
    model.Visit,
    model.Caveat,
    model.Disagreement,
    model.Position,
    model.HandoutWords,
    ValueItem,
]


def _type_words(annotation: object) -> str:
    text = repr(annotation) if not isinstance(annotation, type) else annotation.__name__
    text = (
        text.replace("typing.", "")
        .replace("avn_aid.model.pathway.", "")
        .replace("avn_aid.model.status.", "")
    )
    text = text.replace(
        "Annotated[str, FieldInfo(annotation=NoneType, required=True, metadata=[MinLen(min_length=1), MaxLen(max_length=4000)])]",
        "text",
    )
    # The strict number, yes/no and date types read as their plain names.
    text = re.sub(
        r"Annotated\[([\w.]+), Strict\(strict=True\)(, BeforeValidator\(.*?\))?\]", r"\1", text
    )
    text = re.sub(r"Optional\[(.*)\]", r"\1 | None", text)
    text = text.replace("datetime.date", "date (YYYY-MM-DD)")
    if "FieldInfo" in text or "pattern=" in text:
        text = "id" if "A-Za-z0-9" in text else "text"
    return text


def reference() -> str:
    lines = []
    for cls in ORDER:
        doc = (cls.__doc__ or "").strip().splitlines()[0] if cls.__doc__ else ""
        lines += [
            f"### `{cls.__name__}`",
            "",
            doc,
            "",
            "| key | required | type | meaning |",
            "|---|---|---|---|",
        ]
        for name, field in cls.model_fields.items():
            kind = _type_words(field.annotation)
            required = "yes" if field.is_required() else "no"
            meaning = (field.description or "").replace("|", "/")
            lines.append(f"| `{name}` | {required} | {kind.replace('|', 'or')} | {meaning} |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    print(reference())

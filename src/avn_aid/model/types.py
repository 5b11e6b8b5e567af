"""Strict field types: what a file says is what it means, with no conversion on the way.

Pydantic's default (lax) mode reads `true` as 1, "45" as 45, 0 as 1970-01-01 and 45.0 as
45. In a pathway, a test case or a saved session such a value is a mistake to report,
never to guess at: a number must be written as a number, a yes/no as true or false.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import BeforeValidator, Strict

from avn_aid.model.patient import MAX_AGE as MAX_AGE  # one place: the plain patient

Int = Annotated[int, Strict()]
Float = Annotated[float, Strict()]  # a whole number is a number too; true is not
Bool = Annotated[bool, Strict()]

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _date(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        raise ValueError("expected a date written as YYYY-MM-DD, without a time")
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value} is not a date on the calendar") from None
    return value  # a date passes; anything else fails the strict check with a date message


Date = Annotated[dt.date, Strict(), BeforeValidator(_date)]

"""What the wizard remembers between runs (never anything about a patient), saved when changed."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QSettings

CLINICIAN = "consultation/clinician"
PAPER = "handout/paper"
LAST_FOLDER = "files/last_folder"
GEOMETRY = "window/geometry"


def clinician() -> str:
    return str(QSettings().value(CLINICIAN, ""))


def set_clinician(name: str) -> None:
    QSettings().setValue(CLINICIAN, name)


def paper(default: str) -> str:
    value = str(QSettings().value(PAPER, default))
    return value if value in ("a4", "letter") else default


def set_paper(value: str) -> None:
    QSettings().setValue(PAPER, value)


def last_folder() -> Path:
    folder = Path(str(QSettings().value(LAST_FOLDER, "")) or Path.home())
    return folder if folder.is_dir() else Path.home()


def remember_folder(path: Path) -> None:
    QSettings().setValue(LAST_FOLDER, str(path.parent))


def geometry_key(screen_name: str, width: int, height: int) -> str:
    """Geometry is remembered per screen: a laptop panel and a desk monitor differ."""
    safe = re.sub(r"[^\w.-]+", "_", screen_name) or "screen"
    return f"{GEOMETRY}/{safe}-{width}x{height}"


def file_stem(patient_name: str, date: dt.date) -> str:
    """A file name from the patient's identifier and the date, safe on every system."""
    slug = re.sub(r"[^\w-]+", "-", patient_name.strip()).strip("-_")[:40].strip("-_")
    return f"{slug or 'patient'}-{date.isoformat()}"


def suggested(patient_name: str, date: dt.date, ending: str) -> Path:
    return last_folder() / f"{file_stem(patient_name, date)}{ending}"

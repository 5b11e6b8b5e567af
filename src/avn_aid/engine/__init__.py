"""The decision engine: a pure function of a pathway and a patient."""

from avn_aid.engine.evaluate import evaluate
from avn_aid.engine.result import Result
from avn_aid.model.patient import Patient

__all__ = ["Patient", "Result", "evaluate"]

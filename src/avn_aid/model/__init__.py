"""The pathway model: what a pathway YAML file may say, validated by pydantic."""

from avn_aid.model.pathway import Pathway
from avn_aid.model.status import Status

__all__ = ["Pathway", "Status"]

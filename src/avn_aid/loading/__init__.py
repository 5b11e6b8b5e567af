"""Reading pathway files: safe YAML, located errors, validated models."""

from avn_aid.loading.loader import PathwayDocument, load_pathway

__all__ = ["PathwayDocument", "load_pathway"]

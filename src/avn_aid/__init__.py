"""avn-aid: a decision aid for avascular necrosis of the hip."""

__version__ = "0.1.0"

"""The Qt wizard: a thin face over the core. Pages collect input and show results."""

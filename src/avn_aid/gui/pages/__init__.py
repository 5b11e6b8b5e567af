"""One class per wizard page."""

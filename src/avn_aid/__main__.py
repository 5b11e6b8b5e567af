"""Allows `python -m avn_aid`."""

from avn_aid.cli.main import main

raise SystemExit(main())

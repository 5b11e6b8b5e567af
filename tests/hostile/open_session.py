"""Open a session file as the wizard's Open session does, for the hostile-input suite.

No command-line command reads sessions, so the suite runs this in a subprocess under
the same limits as the CLI: exit 0 and the patient on success, exit 2 and the message
for a user error, anything else (a traceback) is a failure.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from avn_aid.errors import UserError
from avn_aid.session import load_session


def main() -> int:
    try:
        session = load_session(Path(sys.argv[1]))
    except UserError as exc:
        print(f"avn-aid: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(session.patient.as_dict()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

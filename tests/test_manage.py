"""manage.py refuses to run with DEBUG off and no SECRET_KEY, saying why in one
line rather than with a traceback about something else."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_no_secret_key_with_debug_off_is_a_one_line_refusal():
    env = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "SECRET_KEY")}
    done = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "manage.py: SECRET_KEY is not set. Set SECRET_KEY in the environment, or set "
        "DEBUG=1 to run locally with a development key."
    ]

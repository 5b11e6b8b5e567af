"""Golden outputs: run each golden patient through the command line and collect what it prints."""

# Regenerate (only when an output is meant to change, saying why in the commit):
#     make golden   (= .venv/bin/python -m tests.golden.record)

from __future__ import annotations

import contextlib
import io
import tempfile
from pathlib import Path

import yaml

from avn_aid.cli.main import main

HERE = Path(__file__).resolve().parent
PATHWAY = HERE / "pathway.yaml"
OUTPUTS = HERE / "outputs"
DATE = "2026-11-22"


def cases() -> list[dict[str, object]]:
    loaded: list[dict[str, object]] = yaml.safe_load((HERE / "patients.yaml").read_text("utf-8"))
    return loaded


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


def outputs(case: dict[str, object]) -> dict[str, bytes]:
    """File name -> bytes for one golden patient (the pathway path is replaced by a name)."""
    args = [str(a) for a in case["args"]]  # type: ignore[attr-defined]
    visit = [str(a) for a in case["visit"]]  # type: ignore[attr-defined]
    pathway = ["--pathway", str(PATHWAY)]
    files: dict[str, bytes] = {}
    exits = []
    for name, extra in (("recommend.json", ["--json"]), ("recommend.txt", [])):
        code, out, err = _run(["recommend", *args, *extra, *pathway])
        files[name] = out.encode("utf-8")
        if err:
            files[name.replace(".", "-") + ".stderr"] = err.encode("utf-8")
        exits.append(f"recommend {' '.join(extra)}: {code}".replace(" :", ":"))
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "handout.pdf"
        code, out, err = _run(
            ["handout", *args, *visit, *pathway, "--date", DATE, "-o", str(pdf)]
            + ([] if "--page-size" in visit else ["--page-size", "a4"])
        )
        exits.append(f"handout: {code}")
        if pdf.exists():
            files["handout.pdf"] = pdf.read_bytes()
        if err:
            files["handout.stderr"] = err.replace(str(PATHWAY), "pathway.yaml").encode("utf-8")
    files["exit-codes.txt"] = ("\n".join(exits) + "\n").encode("utf-8")
    return files


def record() -> None:
    for case in cases():
        folder = OUTPUTS / str(case["name"])
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
        for name, data in outputs(case).items():
            (folder / name).write_bytes(data)
        print(f"recorded {folder.relative_to(HERE)}")


if __name__ == "__main__":
    record()

"""In-process: the decision-space summary and full `evaluate()` results, each beside a floor.

- The summary that `check` reasons over, beside reading and validating the same pathway
  (`load_pathway(..., use_cache=False)`, the work `check` must do anyway).
- `evaluate()` with full results (reasons, sources, protocols) for every contraindication
  subset and age edge, beside the engine's bare decision (`decide()`, statuses and
  caveat indices only) for the same patients: the ratio is what explaining costs.

Each pair is run alternately (subject, floor, ...) and medians of RUNS pairs are printed.
"""

from __future__ import annotations

import itertools
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _timing import RUNS

from avn_aid.authoring.space import age_edges, summarise
from avn_aid.engine import Patient, evaluate
from avn_aid.engine.compiled import compiled
from avn_aid.loading import load_pathway
from avn_aid.resources import default_pathway


def paired(subject: Callable[[], object], floor: Callable[[], object]) -> tuple[float, float]:
    """Median seconds of subject and floor over RUNS alternate runs."""
    subject_runs, floor_runs = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        subject()
        subject_runs.append(time.perf_counter() - start)
        start = time.perf_counter()
        floor()
        floor_runs.append(time.perf_counter() - start)
    return statistics.median(subject_runs), statistics.median(floor_runs)


def main() -> None:
    path = default_pathway()
    document = load_pathway(path, use_cache=False)
    pathway = document.pathway
    engine = compiled(pathway)
    edges = age_edges(pathway)
    patients_stood_for = summarise(engine, edges).patients
    summary, validation = paired(
        lambda: summarise(engine, edges), lambda: load_pathway(path, use_cache=False)
    )
    print(
        f"decision-space summary for check ({patients_stood_for:,} patients stood for): "
        f"median {summary * 1000:.1f} ms over {RUNS} paired runs"
    )
    print(f"  floor, reading and validating the pathway: median {validation * 1000:.1f} ms")
    print(f"  ratio {summary / validation:.2f}x")

    stages = [s.id for s in pathway.staging.stages]
    collapse = [c.id for c in pathway.staging.collapse]
    cis = [c.id for c in pathway.contraindications]
    subsets = [s for n in range(len(cis) + 1) for s in itertools.combinations(cis, n)]
    patients = [
        Patient(age=a, stage=s, collapse=c, contraindications=x)
        for s, c, a, x in itertools.product(stages, collapse, edges, subsets)
        if pathway.staging.impossible_rule(s, c) is None
        and pathway.metadata.scope.min_age <= a <= pathway.metadata.scope.max_age
    ]
    keys = [engine.compile_patient(p) for p in patients]

    def full() -> None:
        for patient in patients:
            evaluate(document, patient)

    def bare() -> None:
        for key in keys:
            engine.decide(key)

    explained, decided = paired(full, bare)
    print(
        f"evaluate() with full results, every contraindication subset and age edge: "
        f"{len(patients):,} patients, median {explained:.2f} s "
        f"({explained / len(patients) * 1e6:.0f} us each) over {RUNS} paired runs"
    )
    print(
        f"  floor, decide() on the same patients: median {decided:.3f} s "
        f"({decided / len(patients) * 1e6:.0f} us each)"
    )
    print(f"  ratio {explained / decided:.1f}x")


if __name__ == "__main__":
    main()

"""In-process: full `evaluate()` results over many patients, and the decision-space summary."""

from __future__ import annotations

import itertools
import statistics
import time

from avn_aid.authoring.space import age_edges, summarise
from avn_aid.engine import Patient, evaluate
from avn_aid.engine.compiled import compiled
from avn_aid.loading import load_pathway
from avn_aid.resources import default_pathway


def main() -> None:
    document = load_pathway(default_pathway())
    pathway = document.pathway
    engine = compiled(pathway)
    edges = age_edges(pathway)
    runs = []
    for _ in range(9):
        start = time.perf_counter()
        summary = summarise(engine, edges)
        runs.append(time.perf_counter() - start)
    print(
        f"decision-space summary for check ({summary.patients:,} patients stood for): "
        f"median {statistics.median(runs) * 1000:.1f} ms over 9 runs"
    )
    stages = [s.id for s in pathway.staging.stages]
    collapse = [c.id for c in pathway.staging.collapse]
    cis = [c.id for c in pathway.contraindications]
    subsets = [s for n in range(len(cis) + 1) for s in itertools.combinations(cis, n)]
    patients = [
        Patient(age=a, stage=s, collapse=c, contraindications=x)
        for s, c, a, x in itertools.product(stages, collapse, edges, subsets)
    ]
    start = time.perf_counter()
    for patient in patients:
        evaluate(document, patient)
    full = time.perf_counter() - start
    print(
        f"evaluate() with full results, every contraindication subset and age edge: "
        f"{len(patients):,} patients in {full:.2f} s ({full / len(patients) * 1e6:.0f} us each)"
    )


if __name__ == "__main__":
    main()

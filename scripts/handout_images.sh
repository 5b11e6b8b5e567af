#!/usr/bin/env bash
# The handout as PNG pages into docs/images/: the README's example (English and Arabic)
# and the patients issue 10 asks to look at (early stage, crescent sign, stage III,
# stage IV, over 65, with a contraindication, the ordinary stage II patient with one risk
# factor and their values marked, on A4 and on US Letter, and both hips). Needs Debian's
# poppler-utils (pdftoppm).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
OUT=docs/images
mkdir -p "$OUT/handouts"
COMMON=(--clinician "Dr A. Surgeon" --date 2026-11-22 --page-size a4 --force)

"$BIN/avn-aid" handout --age 42 --stage IIA --collapse none --side left --risk-factor smoking \
    --patient-name "Zoë Ødegaard" "${COMMON[@]}" -o "$OUT/example-handout.pdf"
rm -f "$OUT"/handout-page-*.png
pdftoppm -r 70 -png "$OUT/example-handout.pdf" "$OUT/handout-page"
"$BIN/avn-aid" handout --age 42 --stage IIA --collapse none --side left --risk-factor smoking \
    --patient-name "أحمد علي" "${COMMON[@]}" --language ar -o "$OUT/example-handout-ar.pdf"
rm -f "$OUT"/handout-ar-page-*.png
pdftoppm -r 70 -png "$OUT/example-handout-ar.pdf" "$OUT/handout-ar-page"

patient() {  # name, then the patient's arguments (one hip: the left); PAPER=letter for Letter
    local name=$1
    shift
    local side=(--side left)
    [[ " $* " == *" --hip "* ]] && side=()
    "$BIN/avn-aid" handout "$@" "${side[@]}" --patient-name "Example patient" "${COMMON[@]}" \
        --page-size "${PAPER:-a4}" \
        -o "$OUT/handouts/$name.pdf"
    rm -f "$OUT/handouts/$name"-[0-9]*.png
    pdftoppm -r 60 -png "$OUT/handouts/$name.pdf" "$OUT/handouts/$name"
    rm "$OUT/handouts/$name.pdf"
}
patient ordinary-stage-ii --age 40 --stage II --collapse none --risk-factor smoking \
    --value keep_own_hip=5 --value avoid_operation=3 --value quick_return=4 \
    --leaning core_decompression --sure understand=yes --sure sure=no
PAPER=letter patient ordinary-stage-ii-letter --age 40 --stage II --collapse none \
    --risk-factor smoking --value keep_own_hip=5 --value avoid_operation=3 --value quick_return=4 \
    --leaning core_decompression --sure understand=yes --sure sure=no
patient early-stage-i --age 35 --stage I --collapse none
patient crescent-sign --age 45 --stage IIB --collapse minimal
patient stage-iii --age 50 --stage III --collapse minimal
patient stage-iv --age 58 --stage IV --collapse advanced
patient over-65 --age 72 --stage IIA --collapse none --risk-factor corticosteroid_use
patient contraindication --age 44 --stage IIA --collapse none --contraindication active_infection
# Both hips: every page, for a patient whose hips differ (stage IIA and stage IV).
patient both-hips --age 52 --hip left:IIA:none --hip right:IV:advanced
# Both hips on US Letter: the first two pages of one of the longest grids (stage IIB and
# stage IV, leaning towards a new hip), which still end on page 2.
"$BIN/avn-aid" handout --age 60 --hip left:IIB:minimal --hip right:IV:advanced \
    --leaning total_hip_arthroplasty --patient-name "Example patient" \
    --clinician "Dr A. Surgeon" --date 2026-11-22 --page-size letter --force \
    -o "$OUT/handouts/both-hips-letter.pdf"
rm -f "$OUT/handouts/both-hips-letter"-*.png
pdftoppm -r 60 -png -f 1 -l 2 "$OUT/handouts/both-hips-letter.pdf" "$OUT/handouts/both-hips-letter"
rm "$OUT/handouts/both-hips-letter.pdf"
# The README's both-hips example: two early hips with the same options; pages 1-2 stand
# alone.
"$BIN/avn-aid" handout --age 40 --hip left:IIA:none --hip right:I:none --risk-factor smoking \
    --patient-name "B-2" --clinician "Dr A. Surgeon" \
    --date 2026-11-22 --page-size a4 --force -o "$OUT/example-handout-both-hips.pdf"
rm -f "$OUT"/handout-both-hips-page-*.png
pdftoppm -r 70 -png -f 1 -l 2 "$OUT/example-handout-both-hips.pdf" "$OUT/handout-both-hips-page"
echo "handout images written to $OUT"

#!/usr/bin/env bash
# Mutation testing of one source file (issue 13 item 2; scores and equivalent mutants in
# docs/mutation.md). Usage: docs/mutation.sh FILE [extra cargo-mutants arguments]
#
# Runs cargo-mutants (27.1) in place, so the existing target/ is reused, with only the test
# binaries recorded for FILE: each mutant then costs one build of the library and of those
# binaries (about 30-50 s on two shared cores) instead of the 60+ binaries of the suite. The
# source is restored after each mutant; do not edit src/ while it runs. Results go to
# mutants.out-<name>/mutants.out/ (caught.txt, missed.txt, unviable.txt, timeout.txt,
# outcomes.json), outside the crate's `include` list and ignored by git. Extra arguments go to
# cargo-mutants, e.g. `--baseline skip` when the tests are known to pass, `--list` to see the
# mutants, `-F REGEX` to run some of them.
set -euo pipefail

file="${1:?usage: docs/mutation.sh FILE [cargo-mutants args]}"
shift

case "$file" in
  src/calendar/deadline.rs)
    tests=(calendar_spec calendar_backward_periods calendar_props workflow_due_day mutants_calendar) ;;
  src/rules/resolve.rs)
    tests=(rules_provinces rules_national rules_caps_at_limit rules_props mutants_rules) ;;
  src/rules/evaluate.rs)
    tests=(rules_evaluate rules_caps_at_limit rules_consular qa_real_cases activity_validation families org_bodies_in_time ledger_obligations workflow_abtc mutants_rules_evaluate) ;;
  src/rules/trace.rs)
    tests=(--lib rules_evaluate mutants_rules rules_props mutants_rules_evaluate) ;;
  src/law/citations.rs)
    tests=(--lib shared_citations law_citation workflow_core schema) ;;
  src/workflow/transition/mod.rs)
    tests=(--lib workflow_core workflow_guards workflow_due_day workflow_scenarios workflow_abtc workflow_props org_bodies_in_time mutants_workflow shared_citations case_memory) ;;
  src/workflow/transition/*.rs)
    tests=(--lib workflow_core workflow_guards workflow_due_day workflow_scenarios workflow_abtc workflow_props org_bodies_in_time mutants_workflow) ;;
  src/workflow/procedures/mod.rs)
    tests=(--lib workflow_core case_memory) ;;
  src/calendar/counting.rs)
    tests=(--lib calendar_spec calendar_props workflow_core) ;;
  src/org/body.rs)
    tests=(--lib org_bodies_in_time org_jurisdictions workflow_core mutants_workflow workflow_props) ;;
  src/law/forever.rs)
    tests=(--lib shared_citations workflow_core case_memory) ;;
  src/rules/rule.rs)
    tests=(--lib rules_national rules_props shared_citations mutants_rules) ;;
  src/law.rs)
    tests=(--lib law_citation shared_citations foundation_serde foundation_props fuzz_regressions) ;;
  *)
    echo "no test arguments recorded for $file (see docs/mutation.md)" >&2
    exit 2 ;;
esac

# Test files that exist only on some branches (e.g. a mutants_* file not merged yet) are
# dropped rather than failing the build.
args=()
for t in "${tests[@]}"; do
  if [ "$t" = --lib ]; then
    args+=(-C --lib)
  elif [ -f "tests/$t.rs" ]; then
    args+=(-C "--test=$t")
  else
    echo "note: tests/$t.rs not found, skipped" >&2
  fi
done

name="$(basename "$file" .rs)"
out="mutants.out-$name"
mkdir -p "$out"
CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-2}" nice -n 5 cargo mutants --in-place --timeout 180 \
  --all-features -o "$out" --file "$file" "${args[@]}" "$@"

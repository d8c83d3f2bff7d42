#!/usr/bin/env python3
"""Before/after mutation scores from ONE cargo-mutants run.

Run cargo-mutants with `--cargo-test-arg=--no-fail-fast` and the new test target(s) among the
`-C --test=NAME` arguments; each mutant's log then lists every test target that failed. A
mutant counts as caught *before* when a target other than the new ones failed, and caught
*after* when any target failed. Timeouts and unviable mutants are counted apart.

usage: .ci/mutants-split.py MUTANTS_OUT_DIR NEW_TARGET [NEW_TARGET...]
"""
import json
import os
import re
import sys


def main():
    out, new = sys.argv[1], set(sys.argv[2:])
    data = json.load(open(os.path.join(out, "outcomes.json")))
    counts = {"before": [0, 0], "after": [0, 0], "unviable": 0, "timeout": 0}
    rows = []
    for o in data["outcomes"]:
        m = o["scenario"]
        if not isinstance(m, dict) or "Mutant" not in m:
            continue  # the baseline
        name = m["Mutant"]["name"]
        s = o["summary"]
        if s == "Unviable":
            counts["unviable"] += 1
            continue
        if s == "Timeout":
            counts["timeout"] += 1
            rows.append(("TIMEOUT", name))
            continue
        failed = set()
        if s == "CaughtMutant":
            log = open(os.path.join(out, o["log_path"]), encoding="utf-8", errors="replace").read()
            failed = set(re.findall(r"`-p \S+ --test (\S+)`", log))
            if not failed:  # a single failing target: cargo names it in the error line
                failed = set(re.findall(r"test failed, to rerun pass `--test (\S+)`", log))
        before = bool(failed - new)
        after = s == "CaughtMutant"
        counts["before"][0 if before else 1] += 1
        counts["after"][0 if after else 1] += 1
        if not before:
            rows.append(("KILLED-BY-NEW" if after else "MISSED", name))
    for tag, name in rows:
        print(f"{tag:14} {name}")
    for k in ("before", "after"):
        c, m = counts[k]
        score = 100.0 * c / (c + m) if c + m else 100.0
        print(f"{k}: caught {c} missed {m} unviable {counts['unviable']} timeout {counts['timeout']} score {score:.1f} %")


if __name__ == "__main__":
    main()

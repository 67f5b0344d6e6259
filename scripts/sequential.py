#!/usr/bin/env python3
"""Sequential rounds: more seeds exactly where a claim is undecided, within a cap and a budget.

`make reproduce` runs this after the planned runs. Each plan in EXPERIMENTS/sequential/NAME.json
(the spec NAME's; see Sources/Analysis/Report/SequentialRounds.swift for the fields and the
error control) names claims of the spec's report section. In rounds:

  1. `repro report` writes OUT/results/REPORT.md and OUT/results/verdicts.json;
  2. for each plan with a listed claim still "inconclusive", a round left (at most max_rounds),
     and the round's cost (seeds_per_round x the measured minutes per seed of the spec's CSV)
     within the plan's cap_minutes (with the rounds already run) and before --deadline: the
     spec with seeds_per_round new seeds appended to its `seed` axis is written to
     OUT/results/NAME.rounds-spec.json and run with `repro run` (resuming: only the new seeds
     run; experiments/NAME.json stays as committed);
  3. each round is logged in OUT/results/NAME.rounds.json ({"rounds": [{"seeds_added",
     "minutes", "undecided"}], "stopped": "decided" | "cap" | "budget" | "rounds"}), which the
     report reads;

until no plan runs a round; then a last `repro report`. The report decides each listed claim at
the level of the look its seeds are at, so looking again does not inflate the error rate. A
results CSV with only the planned seeds (a fresh `make reproduce`) starts a new log.
"""
import argparse
import csv
import glob
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLAN_KEYS = {"spec": str, "claims": list, "planned_seeds": int, "seeds_per_round": int,
             "max_rounds": int, "cap_minutes": (int, float)}


def load_plans(experiments):
    """The plans of EXPERIMENTS/sequential/*.json, checked; exits naming the file on a bad one."""
    plans = []
    for path in sorted(glob.glob(os.path.join(experiments, "sequential", "*.json"))):
        try:
            with open(path) as fh:
                plan = json.load(fh)
        except (OSError, ValueError) as e:
            sys.exit(f"error: {path}: {e}")
        for key, kind in PLAN_KEYS.items():
            if not isinstance(plan.get(key), kind) or isinstance(plan.get(key), bool):
                sys.exit(f"error: {path}: '{key}' missing or not a {kind}")
        name = os.path.splitext(os.path.basename(path))[0]
        if plan["spec"] != name:
            sys.exit(f"error: {path}: names spec {plan['spec']}, not {name}")
        if plan["seeds_per_round"] < 1 or plan["max_rounds"] < 0 or plan["cap_minutes"] < 0 or plan["planned_seeds"] < 1:
            sys.exit(f"error: {path}: needs planned_seeds >= 1, seeds_per_round >= 1, max_rounds >= 0, cap_minutes >= 0")
        plans.append(plan)
    return plans


def report(repro, out, experiments):
    subprocess.run([repro, "report", "--out", out, "--experiments", experiments], check=True)
    with open(os.path.join(out, "results", "verdicts.json")) as fh:
        # A claim checked per facet is undecided while one of its facets is.
        return {(v["section"], v["claim"]): "inconclusive" if v.get("undecided_facets") else v["verdict"]
                for v in json.load(fh)}


def seeds_and_minutes(csv_path):
    """The seeds with finished rows in the CSV, and the mean minutes of one seed (the sum of
    config_seconds over a seed's configurations, each configuration counted once)."""
    per_config = {}
    with open(csv_path, newline="") as fh:
        for row in csv.DictReader(fh):
            if row.get("status") != "ok" or not row.get("seed"):
                continue
            try:
                per_config[row["config_key"]] = (int(row["seed"]), float(row.get("config_seconds") or 0))
            except ValueError:
                continue
    by_seed = {}
    for seed, seconds in per_config.values():
        by_seed[seed] = by_seed.get(seed, 0.0) + seconds
    minutes = sum(by_seed.values()) / len(by_seed) / 60 if by_seed else 0.0
    return sorted(by_seed), minutes


def write_json(path, value):
    tmp = path + ".tmp"
    with open(tmp, "w") as fh:
        json.dump(value, fh, indent=1)
        fh.write("\n")
    os.replace(tmp, path)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", default=".", help="folder holding results/ and plots/ (default .)")
    p.add_argument("--experiments", default=None, help="folder of the specs (default OUT/experiments)")
    p.add_argument("--repro", default=os.path.join(ROOT, ".build", "release", "repro"))
    p.add_argument("--deadline", type=float, default=None,
                   help="Unix time by which every round must end (make reproduce: its start + 120 min)")
    p.add_argument("--dry-run", action="store_true", help="say which rounds would run, run none")
    args = p.parse_args()
    experiments = args.experiments or os.path.join(args.out, "experiments")
    plans = load_plans(experiments)
    if not plans:
        print(f"sequential: no plans in {os.path.join(experiments, 'sequential')}", file=sys.stderr)
        return 0
    if not os.access(args.repro, os.X_OK):
        sys.exit(f"error: {args.repro} is not an executable repro binary (run `make build`)")
    results = os.path.join(args.out, "results")
    verdicts = report(args.repro, args.out, experiments)
    logged = False
    while True:
        ran = False
        for plan in plans:
            name = plan["spec"]
            csv_path = os.path.join(results, name + ".csv")
            log_path = os.path.join(results, name + ".rounds.json")
            if not os.path.exists(csv_path):
                print(f"sequential: {name}: no {csv_path}, no rounds", file=sys.stderr)
                continue
            with open(os.path.join(experiments, name + ".json")) as fh:
                spec = json.load(fh)
            planned = spec.get("sweep", {}).get("seed")
            if not isinstance(planned, list) or len(planned) != plan["planned_seeds"]:
                sys.exit(f"error: {name}: the plan expects {plan['planned_seeds']} planned seeds on the sweep's seed axis, "
                         f"the spec has {planned!r}")
            seeds, per_seed = seeds_and_minutes(csv_path)
            extra = [s for s in seeds if s not in planned]
            log = {"rounds": []}
            if extra and os.path.exists(log_path):
                with open(log_path) as fh:
                    log = json.load(fh)
            undecided = [c for c in plan["claims"] if verdicts.get((name, c)) == "inconclusive"]
            missing = [c for c in plan["claims"] if (name, c) not in verdicts]
            if missing:
                sys.exit(f"error: {name}: the report has no claim {', '.join(missing)} (ids in verdicts.json)")
            done = len(extra) // plan["seeds_per_round"]
            cost = plan["seeds_per_round"] * per_seed
            spent = sum(r["minutes"] for r in log["rounds"])
            stop = None
            if not undecided:
                stop = "decided"
            elif done >= plan["max_rounds"]:
                stop = "rounds"
            elif spent + cost > plan["cap_minutes"]:
                stop = "cap"
            elif args.deadline is not None and time.time() + 60 * cost > args.deadline:
                stop = "budget"
            if stop:
                if log.get("stopped") != stop and not args.dry_run:
                    log["stopped"] = stop
                    write_json(log_path, log)
                    logged = True
                print(f"sequential: {name}: {stop} after {done} round(s) "
                      f"({', '.join(undecided) or 'every listed claim decided'}; next round about {cost:.1f} min, "
                      f"spent {spent:.1f} of {plan['cap_minutes']} min)", file=sys.stderr)
                continue
            new = [max(planned + extra) + 1 + i for i in range(plan["seeds_per_round"])]
            print(f"sequential: {name}: round {done + 1} of at most {plan['max_rounds']}: seeds {new} for "
                  f"{', '.join(undecided)} (about {cost:.1f} min)", file=sys.stderr)
            if args.dry_run:
                continue
            spec["sweep"]["seed"] = planned + extra + new
            copy = os.path.join(results, name + ".rounds-spec.json")
            write_json(copy, spec)
            start = time.time()
            subprocess.run([args.repro, "run", copy, "--out", args.out, "--experiments", experiments], check=True)
            log["rounds"].append({"seeds_added": new, "minutes": round((time.time() - start) / 60, 3), "undecided": undecided})
            log.pop("stopped", None)
            write_json(log_path, log)
            ran = True
        if not ran:
            break
        verdicts = report(args.repro, args.out, experiments)
        logged = False
    if logged:
        report(args.repro, args.out, experiments)   # the report says why the rounds stopped
    return 0


if __name__ == "__main__":
    sys.exit(main())

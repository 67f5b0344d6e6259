#!/usr/bin/env python3
"""Replicate every experiment with fresh seeds and set the two runs' verdicts side by side.

`make replicate` (or `make replicate QUICK=1` for the quick profiles) runs this script:

  1. copies every spec of experiments/ into OUT/experiments/ with every `seed` and `map_seed`
     value (a fixed scalar, every value of a `seed` sweep axis, a plot filter on the seed)
     shifted by --offset, so no random draw of
     the replicate repeats one of the first run (`ood_seed`, which defines the protein OOD
     split, is kept: the replicate tests the same claims on the same splits);
  2. writes OUT/replicate-of.json naming the first run's folder and the offset;
  3. runs `repro reproduce --force --experiments OUT/experiments --out OUT [--quick]`, which
     measures into OUT/results and OUT/plots and writes OUT/results/REPORT.md; the report of a
     folder with replicate-of.json also writes OUT/results/REPLICATION.md: per claim the first
     run's verdict next to the replicate's, the flips between "holds" and "does not hold" with
     both runs' evidence, and how many inconclusive verdicts moved;
  4. copies the sequential plans (experiments/sequential/) and runs scripts/sequential.py on
     OUT, so the replicate buys seeds where its own claims are undecided, as the first run did,
     within --budget-minutes of its start.

The first run is `.` (results/, from `make reproduce`) or, with --quick, `quick`
(`make reproduce QUICK=1`); OUT defaults to `replicate` or `quick-replicate`.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


SEED_KEYS = ("seed", "map_seed")


def shift_one(value, offset):
    """A seed shifted by offset: an integer, or an integer written as text (a plot filter)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value + offset
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return str(int(value) + offset)
    raise ValueError(f"a seed that is not an integer: {value!r}")


def shift_seeds(node, offset):
    """Returns `node` with every value under a key in SEED_KEYS (a sweep axis, a fixed value,
    a plot filter or reference-line filter on the seed column) shifted by offset."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key in SEED_KEYS:
                try:
                    out[key] = [shift_one(v, offset) for v in value] if isinstance(value, list) else shift_one(value, offset)
                except ValueError:
                    raise ValueError(f"a '{key}' that is not an integer or a list of integers: {value!r}")
            else:
                out[key] = shift_seeds(value, offset)
        return out
    if isinstance(node, list):
        return [shift_seeds(v, offset) for v in node]
    return node


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="replicate the quick profiles (first run: quick/)")
    p.add_argument("--offset", type=int, default=1000, help="added to every seed (default 1000)")
    p.add_argument("--first", default=None, help="folder of the first run (default . or quick with --quick)")
    p.add_argument("--out", default=None, help="folder of the replicate (default replicate or quick-replicate)")
    p.add_argument("--experiments", default=os.path.join(ROOT, "experiments"))
    p.add_argument("--repro", default=os.path.join(ROOT, ".build", "release", "repro"))
    p.add_argument("--specs-only", action="store_true", help="write OUT/experiments and replicate-of.json, run nothing")
    p.add_argument("--budget-minutes", type=float, default=120,
                   help="the sequential rounds end by this many minutes after the start (default 120, as make reproduce)")
    args = p.parse_args()
    start = time.time()
    if args.offset <= 0:
        sys.exit("error: --offset must be positive (0 would repeat the first run's draws)")
    first = args.first or ("quick" if args.quick else ".")
    out = args.out or ("quick-replicate" if args.quick else "replicate")
    first_results = os.path.join(first, "results")
    if not os.path.isdir(first_results):
        sys.exit(f"error: no first run to replicate: {first_results} does not exist "
                 f"(run `make reproduce{' QUICK=1' if args.quick else ''}` first)")
    if not os.access(args.repro, os.X_OK):
        sys.exit(f"error: {args.repro} is not an executable repro binary (run `make build`)")

    spec_dir = os.path.join(out, "experiments")
    os.makedirs(spec_dir, exist_ok=True)
    names = sorted(f for f in os.listdir(args.experiments) if f.endswith(".json"))
    if not names:
        sys.exit(f"error: no specs (*.json) in {args.experiments}")
    for f in os.listdir(spec_dir):
        if f.endswith(".json") and f not in names:
            os.remove(os.path.join(spec_dir, f))
    for name in names:
        src = os.path.join(args.experiments, name)
        try:
            with open(src) as fh:
                spec = json.load(fh)
            shifted = shift_seeds(spec, args.offset)
        except (OSError, ValueError) as e:
            sys.exit(f"error: {src}: {e}")
        with open(os.path.join(spec_dir, name), "w") as fh:
            json.dump(shifted, fh, indent=1)
            fh.write("\n")
    # The sequential plans (experiments/sequential/NAME.json) hold no seed values: copied as they are.
    plans = os.path.join(args.experiments, "sequential")
    plan_dir = os.path.join(spec_dir, "sequential")
    if os.path.isdir(plans):
        os.makedirs(plan_dir, exist_ok=True)
        for f in sorted(os.listdir(plans)):
            if f.endswith(".json"):
                shutil.copyfile(os.path.join(plans, f), os.path.join(plan_dir, f))
    with open(os.path.join(out, "replicate-of.json"), "w") as fh:
        json.dump({"first": os.path.relpath(os.path.abspath(first), os.path.abspath(out)), "seed_offset": args.offset}, fh, indent=1)
        fh.write("\n")
    print(f"replicate: {len(names)} specs with seeds + {args.offset} in {spec_dir}; first run {first_results}", file=sys.stderr)
    if args.specs_only:
        return
    cmd = [args.repro, "reproduce", "--force", "--experiments", spec_dir, "--out", out] + (["--quick"] if args.quick else [])
    print("replicate: " + " ".join(cmd), file=sys.stderr)
    rc = subprocess.call(cmd)
    if rc == 0 and not args.quick and os.path.isdir(plan_dir):
        # The replicate follows the same procedure: its own sequential rounds, within the caps.
        rc = subprocess.call([sys.executable, os.path.join(ROOT, "scripts", "sequential.py"), "--out", out,
                              "--experiments", spec_dir, "--repro", args.repro,
                              "--deadline", str(start + 60 * args.budget_minutes)])
    report = os.path.join(out, "results", "REPLICATION.md")
    if os.path.exists(report):
        print(f"replicate: {report}", file=sys.stderr)
    sys.exit(rc)


if __name__ == "__main__":
    main()

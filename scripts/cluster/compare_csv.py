#!/usr/bin/env python3
"""compare_csv.py A B [A B ...]: each pair of results CSVs holds the same rows (matched by
config_key and row order within a configuration) in every non-timing column. Timing columns:
config_seconds and any column ending in _s or _seconds (wall-clock, different per run)."""
import csv
import sys


def timing(column):
    return column == "config_seconds" or column.endswith("_s") or column.endswith("_seconds")


def rows(path):
    with open(path, newline="") as f:
        r = csv.DictReader(f)
        out = {}
        for row in r:
            out.setdefault(row["config_key"], []).append(row)
        return r.fieldnames, out


def main(args):
    bad = 0
    for a, b in zip(args[0::2], args[1::2]):
        ha, ra = rows(a)
        hb, rb = rows(b)
        if ha != hb:
            print(f"{a} and {b}: different headers"); bad += 1; continue
        if set(ra) != set(rb):
            print(f"{a}: {len(set(ra) - set(rb))} configuration(s) not in {b}, {len(set(rb) - set(ra))} the other way"); bad += 1; continue
        columns = [c for c in ha if not timing(c)]
        diffs = 0
        for k in ra:
            if len(ra[k]) != len(rb[k]):
                diffs += 1; continue
            for x, y in zip(ra[k], rb[k]):
                for c in columns:
                    if x[c] != y[c]:
                        if diffs < 5:
                            print(f"{a}: config {k} column {c}: {x[c]!r} vs {y[c]!r}")
                        diffs += 1
        n = sum(len(v) for v in ra.values())
        print(f"{a} vs {b}: {n} rows, {len(ra)} configurations, {len(columns)} non-timing columns compared, {diffs} difference(s)")
        bad += diffs > 0
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""`make compare`: the project's attention next to PyTorch SDPA, performer-pytorch and the JAX
reference path, timed in one interleaved run (standard library only; the peers run in the venv).

    python3 scripts/compare/compare.py [--rounds 4] [--lengths 1024,4096,16384] ...

Per round and sequence length, every implementation runs in its own process: the project
through `repro run scripts/compare/peers-project.json --set seq_len=L --set mechanism=...` (its
own timing kind: 1 warm-up, median of 3), each peer through scripts/compare/peers.py (the same
warm-up and repeats). The order alternates between rounds (project first, then last), so slow
drifts of the machine's load hit both sides. Writes
  results/peers.csv        row_type "round": one timing per round, implementation, case, pass;
                           row_type "summary": per project mechanism and peer, the median over
                           rounds of the ratio peer time / project time (> 1: the project is
                           faster) with its min and max over rounds, and both speeds as a
                           fraction of the machine's sgemm rate (`repro env`);
  results/peers.meta.json  versions, threads, machine, commit, sgemm rate, the command;
  plots/peers-CASE.gp/.png/.svg  time vs L per case (forward and forward+backward panels).
Then `repro report` turns the summary rows into the REPORT.md section (PeerClaims.swift).
"""
import argparse
import csv
import datetime
import glob
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
B, H, D, M = 1, 8, 64, 256
# LSH attention at the project's `reformer` preset: chunks (reformer-pytorch: bucket_size) of
# 64 and 2 hashing rounds; reformer-pytorch sets n_buckets = L / bucket_size, so the project
# runs with the same n_buckets at every L (`--set n_buckets=L/64`).
LSH_CHUNK, LSH_HASHES = 64, 2

# Each project mechanism and the case it belongs to (a mechanism `repro` does not know yet is
# left out with a note, so `exact-flash` joins the comparison as soon as it exists).
PROJECT_CASES = {"exact": "exact", "exact-flash": "exact",
                 "performer-softmax": "favor-softmax", "performer-relu": "favor-relu", "reformer": "lsh"}
# The peers of each case.
PEERS = {"exact": ["torch-sdpa"], "favor-softmax": ["performer-pytorch", "jax-reference"],
         "favor-relu": ["performer-pytorch"], "lsh": ["reformer-pytorch"]}
PASSES = ["forward", "forward_backward"]
HEADER = ["config_key", "row_type", "round", "seq_len", "case", "causal", "pass", "implementation", "versus", "status",
          "median_s", "min_s", "max_s", "gflops", "sgemm_fraction", "versus_median_s", "versus_sgemm_fraction",
          "ratio_median", "ratio_min", "ratio_max", "rounds", "note"]


def flops(case, causal, pass_, L):
    """Useful flops: exact 4BHL^2d forward (half when causal); FAVOR+ 8BHLmd forward (features of
    Q and K, K'^T V and Q'(K'^T V)); LSH attention 8BHLcd per round (scores and weighted values
    over two chunks of c keys); forward+backward 3x the forward."""
    if case == "lsh":
        f = 8 * B * H * L * LSH_CHUNK * D * LSH_HASHES
    else:
        f = 4 * B * H * L * L * D * (0.5 if causal else 1.0) if case == "exact" else 8 * B * H * L * M * D
    return f * (3 if pass_ == "forward_backward" else 1)


def log(msg):
    print(f"[compare {datetime.datetime.now().strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def repro_env(repro):
    out = subprocess.run([repro, "env"], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return dict(line.split(": ", 1) for line in out.splitlines() if ": " in line)


def known_mechanisms(repro, spec, wanted):
    ok, missing = [], []
    for mech in wanted:
        r = subprocess.run([repro, "validate", spec, "--set", f"mechanism={mech}"], capture_output=True, text=True, cwd=ROOT)
        (ok if r.returncode == 0 else missing).append(mech)
    return ok, missing


def run_project(args, L, mechanisms):
    """One `repro run` process at length L; returns round rows."""
    out = tempfile.mkdtemp(prefix="peers-project-")
    try:
        cmd = [args.repro, "run", args.spec, "--set", f"seq_len={L}", "--set", "mechanism=" + ",".join(mechanisms),
               "--set", f"warmup={args.warmup}", "--set", f"repeats={args.repeats}", "--out", out, "--no-plot"]
        if "reformer" in mechanisms:
            cmd += ["--set", f"n_buckets={max(2, L // LSH_CHUNK)}"]
        r = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        csvs = glob.glob(os.path.join(out, "results", "*.csv"))
        if not csvs:
            raise RuntimeError(f"`{' '.join(cmd)}` wrote no CSV:\n{r.stderr[-2000:]}")
        rows = []
        with open(csvs[0], newline="") as f:
            for row in csv.DictReader(f):
                mech = row["mechanism"]
                rows.append({"case": PROJECT_CASES[mech], "causal": row["causal"] == "true",
                             "pass": row["pass"], "implementation": f"project:{mech}",
                             "status": row["status"], "median_s": row["median_s"] or None,
                             "min_s": row["min_s"] or None, "max_s": row["max_s"] or None,
                             "note": row.get("error", "")})
        return rows
    finally:
        shutil.rmtree(out, ignore_errors=True)


def project_mechanisms(mechanisms, L, args):
    """The project mechanisms timed at L: the materialising `exact` only up to
    --materialising-max-length (its quadratic time dominates a round above it)."""
    return [m for m in mechanisms if m != "exact" or L <= args.materialising_max_length]


def run_peer(args, peer, L):
    cmd = [args.python, os.path.join(HERE, "peers.py"), peer, "--seq-len", str(L), "--warmup", str(args.warmup),
           "--repeats", str(args.repeats), "--threads", str(args.threads), "--memory-budget-gib", str(args.memory_budget_gib)]
    r = subprocess.run(cmd, capture_output=True, text=True, env=peer_env(args.threads), cwd=ROOT)
    rows = [json.loads(line) for line in r.stdout.splitlines() if line.startswith("{")]
    if r.returncode != 0:
        log(f"{peer} at L={L} failed (exit {r.returncode}): {r.stderr.strip().splitlines()[-1:]} ")
        done = {(x["case"], x["causal"], x["pass"]) for x in rows}
        for case, peers in PEERS.items():
            if peer in peers:
                for causal in (False, True):
                    for pass_ in PASSES:
                        if (case, causal, pass_) not in done:
                            rows.append({"implementation": peer, "case": case, "causal": causal, "pass": pass_,
                                         "status": "failed", "median_s": None, "min_s": None, "max_s": None,
                                         "note": (r.stderr.strip().splitlines() or ["no output"])[-1][:200]})
    return rows


# glibc serves every allocation above 32 MB (its largest dynamic mmap threshold) with a fresh
# mmap and returns it at free, so a peer process pays first-touch page faults on every large
# temporary of every timed call (performer-pytorch at B=1 H=8 m=256: about 100,000 faults,
# 400 MB, per forward at L = 4096, more than half its time), while the project reuses its
# tensors' memory (TensorAllocator). These two settings keep freed memory in the heap, so every
# implementation is timed in its steady state, with no first-touch cost in the timed calls.
STEADY_MALLOC = {"MALLOC_MMAP_THRESHOLD_": str(1 << 34), "MALLOC_TRIM_THRESHOLD_": str(1 << 34)}


def peer_env(threads):
    env = dict(os.environ)
    for k in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        env[k] = str(threads)
    env.update(STEADY_MALLOC)
    return env


def key(r):
    """A readable key per row (the project's CSV reader wants one): type, L, case, direction,
    pass, implementation, then the peer (summary) or the round."""
    parts = [r["row_type"], str(r["seq_len"]), r["case"], "causal" if str(r["causal"]).lower() == "true" else "bidirectional",
             r["pass"], r["implementation"]]
    parts.append(r["versus"] if r["row_type"] == "summary" else f"round{r['round']}")
    return "/".join(parts)


def fmt(x):
    return "" if x is None else f"{x:.6e}"


def summarise(rows, sgemm, materialising_max_length=None):
    """Summary rows: per (L, case, causal, pass, project mechanism, peer), ratios over rounds."""
    by = {}
    for r in rows:
        if r["status"] == "ok":
            by[(r["round"], r["seq_len"], r["case"], r["causal"], r["pass"], r["implementation"])] = float(r["median_s"])
    keys = sorted({(r["seq_len"], r["case"], r["causal"], r["pass"]) for r in rows})
    impls = sorted({r["implementation"] for r in rows})
    rounds = sorted({r["round"] for r in rows})
    out = []
    for (L, case, causal, pass_) in keys:
        for proj in [i for i in impls if i.startswith("project:") and PROJECT_CASES[i.split(":", 1)[1]] == case]:
            for peer in [p for p in PEERS[case] if p in impls]:
                pairs = [(by[(k, L, case, causal, pass_, peer)], by[(k, L, case, causal, pass_, proj)]) for k in rounds
                         if (k, L, case, causal, pass_, peer) in by and (k, L, case, causal, pass_, proj) in by]
                row = {"row_type": "summary", "seq_len": L, "case": case, "causal": str(causal).lower(), "pass": pass_,
                       "implementation": proj, "versus": peer, "rounds": len(pairs)}
                if not pairs:
                    capped = proj == "project:exact" and materialising_max_length is not None and L > materialising_max_length
                    row.update(status="not measured", note=f"materialising exact not timed above L = {materialising_max_length} "
                               "(--materialising-max-length)" if capped else "no round with both timings")
                    out.append(row)
                    continue
                ratios = [p / q for p, q in pairs]
                ours = statistics.median(q for _, q in pairs)
                theirs = statistics.median(p for p, _ in pairs)
                f = flops(case, causal, pass_, L)
                row.update(status="ok", median_s=fmt(ours), versus_median_s=fmt(theirs),
                           gflops=f"{f / ours / 1e9:.2f}", sgemm_fraction=f"{f / ours / 1e9 / sgemm:.4f}",
                           versus_sgemm_fraction=f"{f / theirs / 1e9 / sgemm:.4f}",
                           ratio_median=f"{statistics.median(ratios):.4f}", ratio_min=f"{min(ratios):.4f}",
                           ratio_max=f"{max(ratios):.4f}")
                out.append(row)
    return out


def read_rounds(path):
    """The "round" rows of a peers CSV written by main(), typed as write_plots expects them."""
    if not os.path.exists(path):
        sys.exit(f"{path} does not exist: run `make compare` first")
    rows = []
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            if r.get("row_type") != "round":
                continue
            rows.append(dict(r, seq_len=int(r["seq_len"]), causal=r["causal"] == "true"))
    return rows


def write_plots(rows, plots_dir, name):
    """One gnuplot script per case (exact / FAVOR+ softmax / ReLU, bidirectional / causal):
    time vs L, log-log, median over rounds with min-max bars, forward and forward+backward."""
    os.makedirs(plots_dir, exist_ok=True)
    written = []
    cases = sorted({(r["case"], r["causal"]) for r in rows})
    for case, causal in cases:
        stem = f"{name}-{case}-{'causal' if causal else 'bidirectional'}"
        blocks, panels = [], []
        for pass_ in PASSES:
            lines = []
            for impl in sorted({r["implementation"] for r in rows if r["case"] == case and r["causal"] == causal}):
                pts = []
                for L in sorted({r["seq_len"] for r in rows}):
                    ts = [float(r["median_s"]) for r in rows if r["case"] == case and r["causal"] == causal and r["pass"] == pass_
                          and r["implementation"] == impl and r["seq_len"] == L and r["status"] == "ok"]
                    if ts:
                        pts.append(f"{L} {statistics.median(ts):.6e} {min(ts):.6e} {max(ts):.6e}")
                if pts:
                    block = f"${pass_}_{len(blocks)}"
                    blocks.append(f"{block} << EOD\n" + "\n".join(pts) + "\nEOD\n")
                    lines.append(f"{block} using 1:2:3:4 with yerrorlines title \"{impl}\"")
            title = "forward" if pass_ == "forward" else "forward + backward"
            panels.append(f"set title \"{title}\"\nplot " + ", \\\n     ".join(lines) if lines else
                          f"set title \"{title}: no data\"\nunset key\nplot [1:2] NaN notitle")
        label = {"exact": "exact softmax attention", "favor-softmax": "FAVOR+ softmax", "favor-relu": "ReLU features with a projection",
                 "lsh": "LSH attention (Reformer, 2 hashing rounds)"}[case]
        body = "".join(blocks)
        ls = sorted({r["seq_len"] for r in rows})
        body += (f"set xtics ({', '.join(map(str, ls))})\nset xrange [{ls[0] / 1.4:.0f}:{ls[-1] * 1.4:.0f}]\n"
                 "set logscale xy\nset grid\nset key top left\nset xlabel \"sequence length L\"\n"
                 "set ylabel \"seconds (median over rounds; bars: min-max)\"\n")
        head = f"{label}, {'causal' if causal else 'bidirectional'} (B=1, H=8, d=64, m=256, float32): project vs peers"
        gp = f"# Written by scripts/compare/compare.py; gnuplot {stem}.gp renders {stem}.png and .svg\n"
        gp += body
        for term, ext in (("pngcairo size 1280,560 enhanced font \"sans,11\"", "png"),
                          ("svg size 1280,560 enhanced font \"sans,11\" background \"white\"", "svg")):
            gp += f"set terminal {term}\nset output \"{stem}.{ext}\"\n"
            gp += f"set multiplot layout 1,2 title \"{head}\"\n" + "\n".join(panels) + "\nunset multiplot\nset output\n"
        path = os.path.join(plots_dir, stem + ".gp")
        with open(path, "w") as f:
            f.write(gp)
        if shutil.which("gnuplot"):
            r = subprocess.run(["gnuplot", stem + ".gp"], cwd=plots_dir, capture_output=True, text=True)
            if r.returncode != 0:
                log(f"gnuplot {path} failed: {r.stderr.strip()[-500:]}")
        written.append(path)
    return written


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rounds", type=int, default=4)
    p.add_argument("--lengths", default="1024,4096,16384")
    p.add_argument("--mechanisms", default=",".join(PROJECT_CASES), help="project mechanisms (unknown ones are left out)")
    p.add_argument("--peers", default="torch-sdpa,performer-pytorch,jax-reference,reformer-pytorch")
    p.add_argument("--materialising-max-length", type=int, default=4096,
                   help="the project's materialising `exact` (L x L scores, 8.7 GB and ~11 s a forward at 16384) runs "
                        "only up to this L; above it the row is 'skipped' (exact-flash is the like-for-like exact)")
    p.add_argument("--repro", default=os.path.join(ROOT, ".build", "release", "repro"))
    p.add_argument("--python", default=os.path.join(ROOT, ".venv-peers", "bin", "python"))
    p.add_argument("--spec", default=os.path.join(HERE, "peers-project.json"))
    p.add_argument("--warmup", type=int, default=1)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--memory-budget-gib", type=float, default=8.0, help="peers' memory cap (performer-pytorch causal)")
    p.add_argument("--out", default=ROOT, help="folder holding results/ and plots/")
    p.add_argument("--name", default="peers")
    p.add_argument("--plots-only", action="store_true",
                   help="only re-render plots/NAME-*.gp/.png/.svg from results/NAME.csv (no measurement; `make plots`)")
    args = p.parse_args()
    if args.plots_only:
        plots = write_plots(read_rounds(os.path.join(args.out, "results", f"{args.name}.csv")), os.path.join(args.out, "plots"), args.name)
        log(f"re-rendered {len(plots)} plots from results/{args.name}.csv")
        return
    lengths = [int(x) for x in args.lengths.split(",")]
    peers = [x for x in args.peers.split(",") if x]
    known_peers = sorted({p for names in PEERS.values() for p in names})
    unknown = [p for p in peers if p not in known_peers]
    if unknown:
        sys.exit(f"error: unknown peer {', '.join(unknown)} (known: {', '.join(known_peers)}); nothing was measured")
    started = time.time()

    env = repro_env(args.repro)
    sgemm = float(env["sgemm_gflops"])
    mechanisms, missing = known_mechanisms(args.repro, args.spec, [m for m in args.mechanisms.split(",") if m])
    if missing:
        log(f"left out (repro does not know them): {', '.join(missing)}")
    log(f"sgemm {sgemm} GFLOP/s; project mechanisms {mechanisms}; peers {peers}; L {lengths}; {args.rounds} rounds")
    check = subprocess.run([args.python, os.path.join(HERE, "peers.py"), "--self-check"], capture_output=True, text=True,
                           env=peer_env(args.threads))
    if check.returncode != 0:
        sys.exit(f"the JAX transcription's self-check failed:\n{check.stderr[-2000:]}")
    peer_versions = json.loads(subprocess.run([args.python, os.path.join(HERE, "peers.py"), "--versions", "--threads", str(args.threads)],
                                              capture_output=True, text=True, check=True, env=peer_env(args.threads)).stdout)

    rows = []
    for rnd in range(1, args.rounds + 1):
        for L in lengths:
            order = ["project"] + peers
            if rnd % 2 == 0:
                order.reverse()
            for impl in order:
                t0 = time.time()
                got = run_project(args, L, project_mechanisms(mechanisms, L, args)) if impl == "project" \
                    else run_peer(args, impl, L)
                for r in got:
                    med = r["median_s"]
                    f = flops(r["case"], r["causal"], r["pass"], L)
                    ok = r["status"] == "ok" and med is not None
                    rows.append({"row_type": "round", "round": rnd, "seq_len": L, "case": r["case"], "causal": r["causal"],
                                 "pass": r["pass"], "implementation": r["implementation"], "status": r["status"],
                                 "median_s": float(med) if ok else None, "min_s": float(r["min_s"]) if ok else None,
                                 "max_s": float(r["max_s"]) if ok else None, "note": r.get("note") or ""})
                    if ok:
                        rows[-1]["gflops"] = f / float(med) / 1e9
                log(f"round {rnd}/{args.rounds} L={L} {impl}: {len(got)} timings in {time.time() - t0:.0f} s")

    summary = summarise(rows, sgemm, args.materialising_max_length)
    results = os.path.join(args.out, "results")
    os.makedirs(results, exist_ok=True)
    path = os.path.join(results, f"{args.name}.csv")
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=HEADER, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            r["config_key"] = key(r)
            out = dict(r, causal=str(r["causal"]).lower(), median_s=fmt(r["median_s"]), min_s=fmt(r["min_s"]),
                       max_s=fmt(r["max_s"]))
            if r.get("gflops") is not None:
                out["gflops"] = f"{r['gflops']:.2f}"
                out["sgemm_fraction"] = f"{r['gflops'] / sgemm:.4f}"
            w.writerow(out)
        for r in summary:
            w.writerow(dict(r, config_key=key(r)))
    meta = {"name": args.name, "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "command": " ".join([os.path.relpath(sys.argv[0], ROOT)] + sys.argv[1:]),
            "seconds": round(time.time() - started, 1), "rounds": args.rounds, "lengths": lengths,
            "warmup": args.warmup, "repeats": args.repeats, "threads": args.threads,
            "shape": {"batch": B, "heads": H, "head_dim": D, "features": M, "dtype": "float32"},
            "project_mechanisms": mechanisms, "project_mechanisms_left_out": missing, "peers": peers,
            "sgemm_gflops": sgemm, "machine": env, "peer_versions": peer_versions,
            "peer_memory_budget_gib": args.memory_budget_gib, "peer_malloc_env": STEADY_MALLOC,
            "materialising_max_length": args.materialising_max_length}
    with open(os.path.join(results, f"{args.name}.meta.json"), "w") as f:
        json.dump(meta, f, indent=2)
    plots = write_plots(rows, os.path.join(args.out, "plots"), args.name)
    log(f"wrote {path}, {len(plots)} plots; {time.time() - started:.0f} s in all")


if __name__ == "__main__":
    main()

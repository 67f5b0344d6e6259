"""Whole training steps: the project's Transformer against the same model written in PyTorch.

    python3 scripts/compare/peers_model.py [--rounds 3] [--steps 40] [--warmup-steps 5] [--cases fig5-lm,...]
    .venv-peers/bin/python scripts/compare/peers_model.py --worker CASE IMPLEMENTATION [--steps N] ...
    .venv-peers/bin/python scripts/compare/peers_model.py --self-check

`make compare` runs it after the attention comparison (compare.py); `make compare-model` runs
it alone. The cases are the shapes of the committed training specs (experiments/*.json):

  fig5-lm       fig5-backward-compat: causal byte LM, heads 2, layers 3, d_ff 256, d_model 64,
                L 128, batch 16, m 128
  fig5-mlm      fig5-linformer-mlm: the same model bidirectional, masked LM (15% masked)
  tasks         tasks-listops / tasks-text: bidirectional, heads 2, layers 2, d_ff 128,
                d_model 64, L 64, batch 32, m 64 (timed as a masked byte LM: the tasks' own
                heads and losses are not part of this comparison)
  proteins-u    proteins-lm-u: causal, heads 3, layers 4, d_ff 128, d_model 48, L 512,
                batch 8, m 64 (timed with the byte vocabulary of 256: the protein alphabet has
                28 tokens, so the output layer here is larger than in the spec)

Every case runs with exact attention and with FAVOR+ (positive orthogonal features, m as
above, a new projection every step). The project side is `repro train` with the model's
shape, `--mechanism exact` or `--mechanism performer-softmax --set features=m`, one progress
line per step (its step time: redraw, forward, loss, backward, clipping, Adam). The PyTorch
side is the same model, layer for layer: token embedding + fixed sinusoidal positions, pre-LN
blocks (LayerNorm eps 1e-5; one fused QKV projection with bias; attention; output projection
with bias; GELU (tanh form) MLP), final LayerNorm, output projection with bias; cross-entropy
(next token, or the masked positions of the masked LM); global-norm clipping at 0.5; AdamW
(betas 0.9, 0.98, eps 1e-9, weight decay 1e-4 on tensors of rank >= 2). Its attention is
torch.nn.functional.scaled_dot_product_attention (is_causal for causal) for exact, and
performer_pytorch.FastAttention(dim_heads, nb_features=m, causal) with
redraw_projection_matrix() before every step for FAVOR+. The driver checks that both sides
have the same number of trainable parameters.

Both sides run `--warmup-steps` untimed steps, then `--steps` timed steps; a process reports
the median, min and max step time. float32, 2 threads (torch.set_num_threads and the BLAS
thread variables), one process per implementation, case and round, the order alternating
between rounds. Writes
  results/peers-model.csv        row_type "round": one process's step times; row_type
                                 "summary": per case and mechanism, the median over rounds of
                                 the ratio PyTorch step time / project step time (> 1: the
                                 project is faster) with its min and max over rounds, tokens
                                 per second of both, and both speeds as a fraction of the
                                 machine's sgemm rate (model flops: 6 x the parameters' flops
                                 per token plus the attention's, see step_flops);
  results/peers-model.meta.json  versions, threads, machine, commit, sgemm rate, the command.
`repro report` turns the summary rows into a table of REPORT.md's peers section.
"""
import argparse
import csv
import datetime
import json
import math
import os
import re
import statistics
import subprocess
import sys
import time

from compare import fmt, repro_env  # scripts/compare/compare.py: the attention comparison's helpers

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
VOCAB = 256
MASK_RATE = 0.15

# name: (spec, heads, layers, d_ff, d_model, seq_len, batch, causal, features)
CASES = {
    "fig5-lm": ("fig5-backward-compat", 2, 3, 256, 64, 128, 16, True, 128),
    "fig5-mlm": ("fig5-linformer-mlm", 2, 3, 256, 64, 128, 16, False, 128),
    "tasks": ("tasks-listops", 2, 2, 128, 64, 64, 32, False, 64),
    "proteins-u": ("proteins-lm-u", 3, 4, 128, 48, 512, 8, True, 64),
}
# Project mechanism -> the PyTorch implementation of the same attention.
PEERS = {"exact": "torch-sdpa", "performer-softmax": "performer-pytorch"}
HEADER = ["config_key", "row_type", "round", "case", "spec", "heads", "layers", "d_ff", "d_model", "seq_len", "batch",
          "causal", "features", "pass", "implementation", "versus", "status", "steps", "median_s", "min_s", "max_s",
          "tokens_per_second", "gflops", "sgemm_fraction", "versus_median_s", "versus_tokens_per_second",
          "versus_sgemm_fraction", "ratio_median", "ratio_min", "ratio_max", "rounds", "parameters", "note"]


def shape(case):
    spec, heads, layers, d_ff, d_model, L, batch, causal, m = CASES[case]
    return dict(spec=spec, heads=heads, layers=layers, d_ff=d_ff, d_model=d_model, seq_len=L, batch=batch,
                causal=causal, features=m)


def parameter_count(s):
    """Trainable scalars: embedding, per layer 2 LayerNorms, QKV and output projections and the
    MLP (weights and biases), final LayerNorm, output projection."""
    d, f = s["d_model"], s["d_ff"]
    per_layer = 2 * 2 * d + (d * 3 * d + 3 * d) + (d * d + d) + (d * f + f) + (f * d + d)
    return VOCAB * d + s["layers"] * per_layer + 2 * d + d * VOCAB + VOCAB


def step_flops(s, mechanism):
    """Useful flops of one training step: forward 2 flops per weight per token of the projections,
    MLP and output layer, plus attention per layer (exact 4 L d per token, half when causal;
    FAVOR+ 8 m d per token, the timing kinds' counts); the step is 3x the forward."""
    d, f, L, tokens = s["d_model"], s["d_ff"], s["seq_len"], s["batch"] * s["seq_len"]
    weights = s["layers"] * (4 * d * d + 2 * d * f) + d * VOCAB
    attention = 4 * L * d * (0.5 if s["causal"] else 1.0) if mechanism == "exact" else 8 * s["features"] * d
    return 3 * tokens * (2 * weights + s["layers"] * attention)


def log(msg):
    print(f"[compare-model {datetime.datetime.now().strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def thread_env(threads):
    env = dict(os.environ)
    for k in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        env[k] = str(threads)
    return env


# ---------------------------------------------------------------------------------------------
# PyTorch side (runs in the venv)

def torch_model(s, implementation):
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    heads, d = s["heads"], s["d_model"]
    dh = d // heads

    if implementation == "torch-sdpa":
        def make_attention():
            return lambda q, k, v: F.scaled_dot_product_attention(q, k, v, is_causal=s["causal"])
        fast = []
    elif implementation == "performer-pytorch":
        from performer_pytorch import FastAttention
        fast = []

        def make_attention():
            a = FastAttention(dim_heads=dh, nb_features=s["features"], causal=s["causal"])
            fast.append(a)
            return a
    else:
        raise SystemExit(f"unknown implementation {implementation!r} (torch-sdpa, performer-pytorch)")

    class Block(nn.Module):
        def __init__(self):
            super().__init__()
            self.ln1, self.ln2 = nn.LayerNorm(d, eps=1e-5), nn.LayerNorm(d, eps=1e-5)
            self.qkv, self.out = nn.Linear(d, 3 * d), nn.Linear(d, d)
            self.fc1, self.fc2 = nn.Linear(d, s["d_ff"]), nn.Linear(s["d_ff"], d)
            self.attention = make_attention()

        def forward(self, x):
            B, L, _ = x.shape
            q, k, v = self.qkv(self.ln1(x)).view(B, L, 3, heads, dh).permute(2, 0, 3, 1, 4)
            a = self.attention(q, k, v)
            x = x + self.out(a.transpose(1, 2).reshape(B, L, d))
            return x + self.fc2(F.gelu(self.fc1(self.ln2(x)), approximate="tanh"))

    class LM(nn.Module):
        def __init__(self):
            super().__init__()
            self.embedding = nn.Embedding(VOCAB, d)
            pos = torch.arange(s["seq_len"], dtype=torch.float32)[:, None]
            div = torch.exp(torch.arange(0, d, 2, dtype=torch.float32) * (-math.log(10000.0) / d))
            pe = torch.zeros(s["seq_len"], d)
            pe[:, 0::2], pe[:, 1::2] = torch.sin(pos * div), torch.cos(pos * div)
            self.register_buffer("positions", pe)
            self.blocks = nn.ModuleList(Block() for _ in range(s["layers"]))
            self.norm = nn.LayerNorm(d, eps=1e-5)
            self.head = nn.Linear(d, VOCAB)

        def forward(self, tokens):
            x = self.embedding(tokens) + self.positions
            for b in self.blocks:
                x = b(x)
            return self.head(self.norm(x))

    return LM(), fast


def worker(args):
    """One PyTorch process: warm-up steps, then timed steps; prints one JSON line."""
    import torch
    import torch.nn.functional as F
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    s = shape(args.case)
    model, fast = torch_model(s, args.implementation)
    params = sum(p.numel() for p in model.parameters() if p.requires_grad)
    decay = [p for p in model.parameters() if p.dim() >= 2]
    rest = [p for p in model.parameters() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 1e-4}, {"params": rest, "weight_decay": 0.0}],
                            lr=1e-3, betas=(0.9, 0.98), eps=1e-9)
    gen = torch.Generator().manual_seed(args.seed)
    B, L = s["batch"], s["seq_len"]

    def batch():
        window = torch.randint(0, VOCAB, (B, L + 1), generator=gen)
        if s["causal"]:
            return window[:, :-1].contiguous(), window[:, 1:].contiguous()
        tokens = window[:, :-1].clone()
        masked = torch.rand(B, L, generator=gen) < MASK_RATE
        targets = torch.where(masked, tokens, torch.full_like(tokens, -100))
        tokens[masked] = 0
        return tokens, targets

    def step(tokens, targets):
        for a in fast:
            a.redraw_projection_matrix(tokens.device)
        opt.zero_grad(set_to_none=True)
        logits = model(tokens)
        loss = F.cross_entropy(logits.view(-1, VOCAB), targets.view(-1), ignore_index=-100)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 0.5)
        opt.step()
        return loss.item()

    seconds = []
    for i in range(args.warmup_steps + args.steps):
        tokens, targets = batch()
        t0 = time.perf_counter()
        loss = step(tokens, targets)
        t = time.perf_counter() - t0
        if not math.isfinite(loss):
            raise SystemExit(f"non-finite loss at step {i}")
        if i >= args.warmup_steps:
            seconds.append(t)
    print(json.dumps({"implementation": args.implementation, "case": args.case, "parameters": params,
                      "median_s": statistics.median(seconds), "min_s": min(seconds), "max_s": max(seconds),
                      "steps": len(seconds)}), flush=True)


def self_check():
    """The PyTorch model has the parameter count the project's model has (parameter_count), and
    one step of each implementation lowers nothing to NaN."""
    import torch
    for case in CASES:
        s = shape(case)
        for impl in PEERS.values():
            model, _ = torch_model(s, impl)
            n = sum(p.numel() for p in model.parameters() if p.requires_grad)
            if n != parameter_count(s):
                raise SystemExit(f"{case} {impl}: {n} parameters, the project's model has {parameter_count(s)}")
            out = model(torch.randint(0, VOCAB, (2, s["seq_len"])))
            if out.shape != (2, s["seq_len"], VOCAB) or not torch.isfinite(out).all():
                raise SystemExit(f"{case} {impl}: bad output {tuple(out.shape)}")
    print("self-check ok", flush=True)


def versions():
    import torch
    import importlib.metadata as md
    print(json.dumps({"torch": torch.__version__, "performer-pytorch": md.version("performer-pytorch"),
                      "torch_threads": torch.get_num_threads()}), flush=True)


# ---------------------------------------------------------------------------------------------
# Driver (standard library only)

STEP_LINE = re.compile(r"^step (\d+) loss \S+ .* tokens/s (\d+(?:\.\d+)?)")


def run_project(args, case, mechanism):
    """One `repro train` process; its per-step progress lines give the step times."""
    s = shape(case)
    cmd = [args.repro, "train", "--model", f"{s['heads']},{s['layers']},{s['d_ff']},{s['d_model']}",
           "--mechanism", mechanism, "--steps", str(args.warmup_steps + args.steps), "--seq-len", str(s["seq_len"]),
           "--batch", str(s["batch"]), "--eval-interval", "0", "--eval-batches", "1", "--progress-interval", "1",
           "--seed", str(args.seed)]
    if mechanism != "exact":
        cmd += ["--set", f"features={s['features']}"]
    if not s["causal"]:
        cmd += ["--bidirectional", "--mask-rate", str(MASK_RATE)]
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=thread_env(args.threads))
    if r.returncode != 0:
        return {"status": "failed", "note": (r.stderr.strip().splitlines() or ["no output"])[-1][:200]}
    tokens = s["batch"] * s["seq_len"]
    seconds = []
    for line in r.stderr.splitlines():
        m = STEP_LINE.match(line)
        if m and int(m.group(1)) > args.warmup_steps:
            seconds.append(tokens / float(m.group(2)))
    params = next((int(l.split(": ")[1]) for l in r.stdout.splitlines() if l.startswith("parameters: ")), None)
    if len(seconds) != args.steps:
        return {"status": "failed", "note": f"{len(seconds)} step lines, expected {args.steps}"}
    return {"status": "ok", "median_s": statistics.median(seconds), "min_s": min(seconds), "max_s": max(seconds),
            "steps": len(seconds), "parameters": params}


def run_peer(args, case, implementation):
    cmd = [args.python, os.path.abspath(__file__), "--worker", case, implementation, "--steps", str(args.steps),
           "--warmup-steps", str(args.warmup_steps), "--threads", str(args.threads), "--seed", str(args.seed)]
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=thread_env(args.threads))
    rows = [json.loads(l) for l in r.stdout.splitlines() if l.startswith("{")]
    if r.returncode != 0 or not rows:
        return {"status": "failed", "note": (r.stderr.strip().splitlines() or ["no output"])[-1][:200]}
    return dict(rows[-1], status="ok")


def summarise(rows, sgemm):
    """Per case and project mechanism: ratios PyTorch / project over the rounds with both timed."""
    out = []
    for case in dict.fromkeys(r["case"] for r in rows):
        s = shape(case)
        for mechanism, peer in PEERS.items():
            proj = f"project:{mechanism}"
            by = {(r["round"], r["implementation"]): r["median_s"] for r in rows
                  if r["case"] == case and r["status"] == "ok"}
            rounds = sorted({r["round"] for r in rows})
            pairs = [(by[(k, peer)], by[(k, proj)]) for k in rounds if (k, peer) in by and (k, proj) in by]
            row = dict(s, row_type="summary", case=case, causal=str(s["causal"]).lower(), **{"pass": "train_step"},
                       implementation=proj, versus=peer, rounds=len(pairs))
            if not pairs:
                row.update(status="not measured", note="no round with both timings")
                out.append(row)
                continue
            ours = statistics.median(q for _, q in pairs)
            theirs = statistics.median(p for p, _ in pairs)
            ratios = [p / q for p, q in pairs]
            f = step_flops(s, mechanism)
            tokens = s["batch"] * s["seq_len"]
            row.update(status="ok", median_s=fmt(ours), versus_median_s=fmt(theirs),
                       tokens_per_second=f"{tokens / ours:.0f}", versus_tokens_per_second=f"{tokens / theirs:.0f}",
                       gflops=f"{f / ours / 1e9:.2f}", sgemm_fraction=f"{f / ours / 1e9 / sgemm:.4f}",
                       versus_sgemm_fraction=f"{f / theirs / 1e9 / sgemm:.4f}",
                       ratio_median=f"{statistics.median(ratios):.4f}", ratio_min=f"{min(ratios):.4f}",
                       ratio_max=f"{max(ratios):.4f}", parameters=parameter_count(s))
            out.append(row)
    return out


def key(r):
    last = r["versus"] if r["row_type"] == "summary" else f"round{r['round']}"
    return "/".join([r["row_type"], r["case"], r["implementation"], last])


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--worker", nargs=2, metavar=("CASE", "IMPLEMENTATION"), help="one PyTorch process (in the venv)")
    p.add_argument("--self-check", action="store_true", help="PyTorch model shapes and parameter counts (in the venv)")
    p.add_argument("--versions", action="store_true", help="peer versions as JSON (in the venv)")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--steps", type=int, default=40, help="timed steps per process")
    p.add_argument("--warmup-steps", type=int, default=5, help="untimed steps before them")
    p.add_argument("--cases", default=",".join(CASES))
    p.add_argument("--mechanisms", default=",".join(PEERS))
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--repro", default=os.path.join(ROOT, ".build", "release", "repro"))
    p.add_argument("--python", default=os.path.join(ROOT, ".venv-peers", "bin", "python"))
    p.add_argument("--out", default=ROOT, help="folder holding results/")
    args = p.parse_args()
    if args.rounds < 1 or args.steps < 1 or args.warmup_steps < 0 or args.threads < 1:
        sys.exit("error: --rounds, --steps and --threads must be >= 1, --warmup-steps >= 0")
    cases = [c for c in args.cases.split(",") if c]
    mechanisms = [m for m in args.mechanisms.split(",") if m]
    for c in cases:
        if c not in CASES:
            sys.exit(f"error: unknown case {c!r}; cases: {', '.join(CASES)}")
    for m in mechanisms:
        if m not in PEERS:
            sys.exit(f"error: unknown mechanism {m!r}; mechanisms: {', '.join(PEERS)}")
    if args.worker:
        args.case, args.implementation = args.worker
        if args.case not in CASES:
            sys.exit(f"error: unknown case {args.case!r}")
        return worker(args)
    if args.self_check:
        return self_check()
    if args.versions:
        return versions()

    started = time.time()
    env = repro_env(args.repro)
    sgemm = float(env["sgemm_gflops"])
    check = subprocess.run([args.python, os.path.abspath(__file__), "--self-check"], capture_output=True, text=True,
                           env=thread_env(args.threads))
    if check.returncode != 0:
        sys.exit(f"the PyTorch model's self-check failed:\n{check.stderr[-2000:]}")
    peer_versions = json.loads(subprocess.run([args.python, os.path.abspath(__file__), "--versions", "--threads",
                                               str(args.threads)], capture_output=True, text=True, check=True,
                                              env=thread_env(args.threads)).stdout)
    log(f"sgemm {sgemm} GFLOP/s; cases {cases}; mechanisms {mechanisms}; {args.rounds} rounds of "
        f"{args.warmup_steps} + {args.steps} steps")
    rows = []
    for rnd in range(1, args.rounds + 1):
        for case in cases:
            s = shape(case)
            for mechanism in mechanisms:
                order = [f"project:{mechanism}", PEERS[mechanism]]
                if rnd % 2 == 0:
                    order.reverse()
                for impl in order:
                    t0 = time.time()
                    got = run_project(args, case, mechanism) if impl.startswith("project:") else run_peer(args, case, impl)
                    if got["status"] == "ok" and got.get("parameters") not in (None, parameter_count(s)):
                        got = {"status": "failed", "note": f"{got['parameters']} parameters, expected {parameter_count(s)}"}
                    row = dict(s, row_type="round", round=rnd, case=case, causal=str(s["causal"]).lower(),
                               **{"pass": "train_step"}, implementation=impl, status=got["status"],
                               median_s=got.get("median_s"), min_s=got.get("min_s"), max_s=got.get("max_s"),
                               steps=got.get("steps"), parameters=got.get("parameters"), note=got.get("note", ""))
                    rows.append(row)
                    log(f"round {rnd}/{args.rounds} {case} {impl}: {got['status']} "
                        + (f"{got['median_s'] * 1000:.2f} ms/step" if got["status"] == "ok" else got.get("note", ""))
                        + f" ({time.time() - t0:.0f} s)")
    summary = summarise(rows, sgemm)
    results = os.path.join(args.out, "results")
    os.makedirs(results, exist_ok=True)
    path = os.path.join(results, "peers-model.csv")
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=HEADER, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            mech = r["implementation"].split(":", 1)[1] if r["implementation"].startswith("project:") else \
                next(m for m, peer in PEERS.items() if peer == r["implementation"])
            out = dict(r, config_key=key(r), median_s=fmt(r["median_s"]), min_s=fmt(r["min_s"]), max_s=fmt(r["max_s"]))
            if r["status"] == "ok":
                fl = step_flops(shape(r["case"]), mech)
                out.update(tokens_per_second=f"{r['batch'] * r['seq_len'] / r['median_s']:.0f}",
                           gflops=f"{fl / r['median_s'] / 1e9:.2f}", sgemm_fraction=f"{fl / r['median_s'] / 1e9 / sgemm:.4f}")
            w.writerow(out)
        for r in summary:
            w.writerow(dict(r, config_key=key(r)))
    meta = {"name": "peers-model", "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "command": " ".join([os.path.relpath(sys.argv[0], ROOT)] + sys.argv[1:]),
            "seconds": round(time.time() - started, 1), "rounds": args.rounds, "steps": args.steps,
            "warmup_steps": args.warmup_steps, "threads": args.threads, "seed": args.seed, "cases": cases,
            "mechanisms": mechanisms, "sgemm_gflops": sgemm, "machine": env, "peer_versions": peer_versions}
    with open(os.path.join(results, "peers-model.meta.json"), "w") as f:
        json.dump(meta, f, indent=2)
    log(f"wrote {path}; {time.time() - started:.0f} s in all")


if __name__ == "__main__":
    main()

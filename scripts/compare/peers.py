"""Times one peer implementation of attention at one sequence length (one process per call).

    python peers.py IMPLEMENTATION --seq-len L [--warmup 1] [--repeats 3] [--threads 2]
    python peers.py --self-check

IMPLEMENTATION:
  torch-sdpa         torch.nn.functional.scaled_dot_product_attention (exact; is_causal for causal)
  performer-pytorch  performer_pytorch.FastAttention(dim_heads=64, nb_features=256, causal=...):
                     softmax features (its default) and generalized_attention=True (ReLU of a
                     projection, kernel_epsilon 1e-3, its default kernel_fn)
  jax-reference      scripts/compare/peers_jax.py: the JAX reference code path, jit-compiled
  reformer-pytorch   reformer_pytorch.LSHAttention(bucket_size=64, n_hashes=2, causal=...): LSH
                     attention alone (shared QK: q is the query and key input, k is unused),
                     n_buckets = L / 64, its defaults otherwise (duplicates across rounds
                     allowed, new rotations every call)

Shapes B=1, H=8, d=64, m=256, float32 (the project's timing spec uses the same); inputs drawn
N(0, 1) with a fixed seed. "forward" is one call without gradients (torch.no_grad; JAX: the
jitted function); "forward_backward" is the forward with gradients plus the backward of a fixed
N(0, 1) upstream gradient into q, k and v. Each is 1 warm-up call (JAX: also the compilation)
and then the median, min and max of `repeats` timed calls. Prints one JSON object per line:
  {"implementation", "case", "causal", "pass", "status", "median_s", "min_s", "max_s", "note"}
with status "ok" or "skipped" (memory: see --memory-budget-gib).
"""
import argparse
import json
import os
import statistics
import sys
import time

B, H, D, M = 1, 8, 64, 256
LSH_CHUNK, LSH_HASHES = 64, 2


def emit(**row):
    print(json.dumps(row), flush=True)


def timed(fn, warmup, repeats):
    for _ in range(warmup):
        fn()
    seconds = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        seconds.append(time.perf_counter() - t0)
    return statistics.median(seconds), min(seconds), max(seconds)


def report(impl, case, causal, pass_, fn, args, note=""):
    med, lo, hi = timed(fn, args.warmup, args.repeats)
    emit(implementation=impl, case=case, causal=causal, **{"pass": pass_}, status="ok",
         median_s=med, min_s=lo, max_s=hi, note=note)


def skip(impl, case, causal, pass_, note):
    emit(implementation=impl, case=case, causal=causal, **{"pass": pass_}, status="skipped",
         median_s=None, min_s=None, max_s=None, note=note)


def torch_inputs(L, seed=1):
    import torch
    gen = torch.Generator().manual_seed(seed)
    return [torch.randn(B, H, L, D, generator=gen, dtype=torch.float32) for _ in range(4)]


def run_torch_fn(impl, case, causal, L, args, make_fn, note="", passes=("forward", "forward_backward")):
    """Times make_fn(q, k, v) forward (no_grad) and forward+backward (those in `passes`)."""
    import torch
    q, k, v, g = torch_inputs(L)

    def forward():
        with torch.no_grad():
            make_fn(q, k, v)
    if "forward" in passes:
        report(impl, case, causal, "forward", forward, args, note)
    if "forward_backward" not in passes:
        return

    qg, kg, vg = (t.clone().requires_grad_(True) for t in (q, k, v))

    def forward_backward():
        for t in (qg, kg, vg):
            t.grad = None
        make_fn(qg, kg, vg).backward(g)
    report(impl, case, causal, "forward_backward", forward_backward, args, note)


def torch_sdpa(L, args):
    import torch.nn.functional as F
    for causal in (False, True):
        run_torch_fn("torch-sdpa", "exact", causal, L, args,
                     lambda q, k, v, c=causal: F.scaled_dot_product_attention(q, k, v, is_causal=c))


def performer_pytorch(L, args):
    import contextlib
    import io
    import torch
    from performer_pytorch import FastAttention
    torch.manual_seed(1)
    for case, generalized in (("favor-softmax", False), ("favor-relu", True)):
        for causal in (False, True):
            with contextlib.redirect_stdout(io.StringIO()) as said:
                attn = FastAttention(dim_heads=D, nb_features=M, causal=causal, generalized_attention=generalized)
            note = "causal: its non-CUDA fallback (causal_linear_attention_noncuda)" if causal else ""
            if causal and "non-cuda" not in said.getvalue().lower():
                note = "causal: CUDA causal product kernel"
            # The non-CUDA causal path materialises the m x d prefix state of every row of a chunk
            # (L/128 rows): with gradients all 128 chunks stay alive, about 3 tensors of B H L m d
            # floats; without, about 3 chunks' worth at a time.
            passes = []
            for pass_, tensors in (("forward", 3 / 128), ("forward_backward", 3)):
                gib = tensors * B * H * L * M * D * 4 / 2**30 if causal else 0.0
                if gib > args.memory_budget_gib:
                    skip("performer-pytorch", case, causal, pass_,
                         f"{note}; needs about {gib:.1f} GiB > --memory-budget-gib {args.memory_budget_gib:g}")
                else:
                    passes.append(pass_)
            run_torch_fn("performer-pytorch", case, causal, L, args, lambda q, k, v, a=attn: a(q, k, v), note, passes)


def reformer_pytorch(L, args):
    import torch
    from reformer_pytorch import LSHAttention
    torch.manual_seed(1)
    for causal in (False, True):
        attn = LSHAttention(bucket_size=LSH_CHUNK, n_hashes=LSH_HASHES, causal=causal)

        def lsh(q, k, v, a=attn):
            # (B, H, L, d) -> (B H, L, d): the heads are independent sequences to LSHAttention.
            out = a(q.reshape(B * H, L, D), v.reshape(B * H, L, D))[0]
            return out.reshape(B, H, L, D)
        run_torch_fn("reformer-pytorch", "lsh", causal, L, args, lsh,
                     f"LSHAttention(bucket_size={LSH_CHUNK}, n_hashes={LSH_HASHES}), n_buckets = L / {LSH_CHUNK}")


def orthogonal_projection(m, d, rng):
    """m x d Gaussian orthogonal random matrix: stacked orthogonal d x d blocks, rows scaled by
    the norms of independent N(0, I_d) vectors (the FAVOR+ default, scaling 0)."""
    import numpy as np
    blocks = []
    for _ in range((m + d - 1) // d):
        qm, _ = np.linalg.qr(rng.standard_normal((d, d)))
        blocks.append(qm.T)
    w = np.concatenate(blocks)[:m]
    return (np.linalg.norm(rng.standard_normal((m, d)), axis=1)[:, None] * w).astype(np.float32)


def jax_reference(L, args):
    import numpy as np
    import jax
    import jax.numpy as jnp
    import peers_jax
    rng = np.random.default_rng(1)
    q, k, v, g = (jnp.asarray(rng.standard_normal((B * H, L, D)), jnp.float32) for _ in range(4))
    w = jnp.asarray(orthogonal_projection(M, D, rng))
    for causal in (False, True):
        fwd = jax.jit(lambda q, k, v, c=causal: peers_jax.attention(q, k, v, w, c))
        grads = jax.jit(lambda q, k, v, g, c=causal:
                        jax.vjp(lambda a, b, cc: peers_jax.attention(a, b, cc, w, c), q, k, v)[1](g))
        report("jax-reference", "favor-softmax", causal, "forward",
               lambda: fwd(q, k, v).block_until_ready(), args)
        report("jax-reference", "favor-softmax", causal, "forward_backward",
               lambda: jax.block_until_ready(grads(q, k, v, g)), args)


IMPLEMENTATIONS = {"torch-sdpa": torch_sdpa, "performer-pytorch": performer_pytorch, "jax-reference": jax_reference,
                   "reformer-pytorch": reformer_pytorch}


def versions():
    out = {"python": sys.version.split()[0]}
    for name, mod in (("torch", "torch"), ("performer-pytorch", "performer_pytorch"), ("reformer-pytorch", "reformer_pytorch"), ("jax", "jax"),
                      ("jaxlib", "jaxlib"), ("numpy", "numpy")):
        try:
            from importlib.metadata import version
            out[name] = version(name)
        except Exception:
            out[name] = "not installed"
    import torch
    out["torch_threads"] = torch.get_num_threads()
    out["torch_cpu_capability"] = torch.backends.cpu.get_cpu_capability()
    import jax
    out["jax_devices"] = str(jax.devices())
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("implementation", nargs="?", choices=sorted(IMPLEMENTATIONS))
    p.add_argument("--seq-len", type=int)
    p.add_argument("--warmup", type=int, default=1)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--memory-budget-gib", type=float, default=8.0)
    p.add_argument("--self-check", action="store_true", help="check the JAX transcription at small size")
    p.add_argument("--versions", action="store_true", help="print the peers' versions as JSON")
    args = p.parse_args()
    # Pin to `threads` CPUs when the machine has more (XLA sizes its pool from the cores it may use).
    if hasattr(os, "sched_setaffinity") and len(os.sched_getaffinity(0)) > args.threads:
        os.sched_setaffinity(0, sorted(os.sched_getaffinity(0))[:args.threads])
    import torch
    torch.set_num_threads(args.threads)
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    if args.self_check:
        import peers_jax
        peers_jax.self_check()
        emit(self_check="ok")
        return
    if args.versions:
        print(json.dumps(versions()))
        return
    if args.implementation is None or args.seq_len is None:
        p.error("IMPLEMENTATION and --seq-len are required")
    IMPLEMENTATIONS[args.implementation](args.seq_len, args)


if __name__ == "__main__":
    main()

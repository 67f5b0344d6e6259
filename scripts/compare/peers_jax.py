"""FAVOR+ softmax attention as the paper's JAX reference code computes it (our own transcription).

The reference (google-research, performer/fast_attention/jax/fast_attention.py) computes:
  * nonnegative softmax features, eps inside the ratio:
      phi(x) = m^-1/2 (exp(W x' - |x'|^2/2 - max) + eps),  x' = x d^-1/4, eps = 1e-4,
    where the stabiliser `max` is per query row for queries and one global max for keys;
  * bidirectional: K'^T V and Q'(K'^T V) (plus the normaliser Q'(K'^T 1)) with lax.dot_general;
  * causal: prefix sums walked with lax.scan over the sequence, each with a custom VJP that
    walks the sequence backwards with a reverse scan (no stored per-step states).

Shapes: q, k, v [BH, L, d] float32; projection [m, d]; output [BH, L, d].
"""
import jax
import jax.numpy as jnp
from jax import lax


def softmax_features(data, projection, is_query, eps=1e-4):
    """[BH, L, d] -> [BH, L, m] nonnegative features (the reference's eps-inside form)."""
    d = data.shape[-1]
    normalizer = 1.0 / jnp.sqrt(jnp.sqrt(jnp.float32(d)))
    ratio = 1.0 / jnp.sqrt(jnp.float32(projection.shape[0]))
    dash = lax.dot_general(normalizer * data, projection, (((2,), (1,)), ((), ())))
    diag = jnp.sum(jnp.square(data), axis=-1, keepdims=True) * (normalizer * normalizer / 2.0)
    stab = jnp.max(dash, axis=-1, keepdims=True) if is_query else jnp.max(dash)
    return ratio * (jnp.exp(dash - diag - stab) + eps)


def bidirectional(qp, kp, v):
    """Q'(K'^T V) / Q'(K'^T 1) with dot_general; qp, kp [BH, L, m], v [BH, L, d]."""
    kv = lax.dot_general(kp, v, (((1,), (1,)), ((0,), (0,))))          # [BH, m, d]
    num = lax.dot_general(qp, kv, (((2,), (1,)), ((0,), (0,))))        # [BH, L, d]
    ksum = jnp.sum(kp, axis=1)                                          # [BH, m]
    den = lax.dot_general(qp, ksum, (((2,), (1,)), ((0,), (0,))))      # [BH, L]
    return num / den[..., None]


# Causal prefix sums over the leading (sequence) axis: qs, ks [L, BH, m], vs [L, BH, d].

def _numerator_scan(qs, ks, vs):
    def body(p, qkv):
        q, k, v = qkv
        p = p + jnp.einsum("bm,bd->bmd", k, v)
        return p, jnp.einsum("bm,bmd->bd", q, p)
    p0 = jnp.zeros((ks.shape[1], ks.shape[2], vs.shape[2]), ks.dtype)
    return lax.scan(body, p0, (qs, ks, vs))


@jax.custom_vjp
def causal_numerator(qs, ks, vs):
    return _numerator_scan(qs, ks, vs)[1]


def _numerator_fwd(qs, ks, vs):
    p, out = _numerator_scan(qs, ks, vs)
    return out, (p, qs, ks, vs)


def _numerator_bwd(res, out_ct):
    p_last, qs, ks, vs = res

    def body(carry, xs):
        p, p_ct = carry
        q, k, v, x_ct = xs
        q_ct = jnp.einsum("bd,bmd->bm", x_ct, p)
        p_ct = p_ct + jnp.einsum("bm,bd->bmd", q, x_ct)
        k_ct = jnp.einsum("bmd,bd->bm", p_ct, v)
        v_ct = jnp.einsum("bmd,bm->bd", p_ct, k)
        p = p - jnp.einsum("bm,bd->bmd", k, v)
        return (p, p_ct), (q_ct, k_ct, v_ct)
    _, cts = lax.scan(body, (p_last, jnp.zeros_like(p_last)), (qs, ks, vs, out_ct), reverse=True)
    return cts


causal_numerator.defvjp(_numerator_fwd, _numerator_bwd)


def _denominator_scan(qs, ks):
    def body(p, qk):
        q, k = qk
        p = p + k
        return p, jnp.sum(q * p, axis=-1)
    return lax.scan(body, jnp.zeros_like(ks[0]), (qs, ks))


@jax.custom_vjp
def causal_denominator(qs, ks):
    return _denominator_scan(qs, ks)[1]


def _denominator_fwd(qs, ks):
    p, out = _denominator_scan(qs, ks)
    return out, (p, qs, ks)


def _denominator_bwd(res, out_ct):
    p_last, qs, ks = res

    def body(carry, xs):
        p, p_ct = carry
        q, k, x_ct = xs
        q_ct = x_ct[:, None] * p
        p_ct = p_ct + x_ct[:, None] * q
        p = p - k
        return (p, p_ct), (q_ct, p_ct)
    _, cts = lax.scan(body, (p_last, jnp.zeros_like(p_last)), (qs, ks, out_ct), reverse=True)
    return cts


causal_denominator.defvjp(_denominator_fwd, _denominator_bwd)


def causal(qp, kp, v):
    """Causal FAVOR+ with the scans above; qp, kp [BH, L, m], v [BH, L, d] -> [BH, L, d]."""
    qs, ks, vs = (jnp.swapaxes(t, 0, 1) for t in (qp, kp, v))
    num = causal_numerator(qs, ks, vs)
    den = causal_denominator(qs, ks)
    return jnp.swapaxes(num / den[..., None], 0, 1)


def attention(q, k, v, projection, is_causal):
    """FAVOR+ softmax attention, [BH, L, d] -> [BH, L, d]."""
    qp = softmax_features(q, projection, True)
    kp = softmax_features(k, projection, False)
    return causal(qp, kp, v) if is_causal else bidirectional(qp, kp, v)


def self_check():
    """Raises AssertionError unless the transcription agrees with plain formulas at small size:
    the causal scans against an explicit lower-triangular product, and the custom VJPs against
    JAX's own autodiff of that product (float32: tolerances of a few 1e-5 relative)."""
    import numpy as np
    rng = np.random.default_rng(0)
    bh, L, d, m = 2, 37, 8, 16
    q, k, v, g = (jnp.asarray(rng.standard_normal((bh, L, d)), jnp.float32) for _ in range(4))
    w = jnp.asarray(rng.standard_normal((m, d)), jnp.float32)

    def plain(q, k, v, is_causal):
        qp, kp = softmax_features(q, w, True), softmax_features(k, w, False)
        a = jnp.einsum("blm,bsm->bls", qp, kp)
        if is_causal:
            a = a * jnp.tril(jnp.ones((L, L), jnp.float32))
        return jnp.einsum("bls,bsd->bld", a, v) / jnp.sum(a, axis=-1, keepdims=True)

    for is_causal in (False, True):
        ours = attention(q, k, v, w, is_causal)
        ref = plain(q, k, v, is_causal)
        err = float(jnp.max(jnp.abs(ours - ref)) / jnp.max(jnp.abs(ref)))
        assert err < 5e-5, f"JAX transcription forward (causal={is_causal}) differs: {err}"
        got = jax.vjp(lambda a, b, c: attention(a, b, c, w, is_causal), q, k, v)[1](g)
        want = jax.vjp(lambda a, b, c: plain(a, b, c, is_causal), q, k, v)[1](g)
        for x, y, name in zip(got, want, "qkv"):
            err = float(jnp.max(jnp.abs(x - y)) / jnp.max(jnp.abs(y)))
            assert err < 5e-4, f"JAX transcription gradient d{name} (causal={is_causal}) differs: {err}"

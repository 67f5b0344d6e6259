// Elementwise kernels of FAVOR+ attention (feature maps, normalisation, causal masks).
// Matrices are row-major with the stated leading dimension; none of these allocates.
#ifndef CK_FAVOR_H
#define CK_FAVOR_H
#include "ck_dispatch.h"

/// Positive / hyperbolic features in place, one pass per row (the row stays in cache):
/// e_ij = p[i, j] + bias[i]; if subtract_row_max, e_ij -= max_j e_ij;
/// p[i, j] <- exp(e_ij + offset) for j < cols. Rows of length `cols`, leading dimension ld.
void ck_favor_exp_rows(float *p, long rows, long cols, long ld, const float *bias, float offset,
                       int subtract_row_max);

/// out[i] = max_j p[i, j] + bias[i] over j < cols (the per-row exponent maxima of keys).
void ck_favor_row_max(const float *p, long rows, long cols, long ld, const float *bias, float *out);

/// Trigonometric features in place: the angles a_ij = p[i, j] (j < m) of rows with leading
/// dimension ld >= 2m become p[i, j] = c_i cos(a_ij), p[i, m + j] = c_i sin(a_ij),
/// with c_i = exp(rowlog[i] + offset).
void ck_favor_trig_rows(float *p, long rows, long m, long ld, const float *rowlog, float offset);

/// Generalized kernels. kind: 0 relu, 1 exp, 2 elu+1, 3 abs, 4 gelu (exact, x Phi(x)), 5 cos,
/// 6 tanh, 7 sigmoid, 8 identity. y[i] = f(x[i]) + eps (in place allowed).
void ck_favor_general(int kind, const float *x, float *y, long n, float eps);

/// dx[i] = dy[i] * f'(x[i]) for the same kinds (in place on dy allowed). relu'(0) = 0,
/// abs'(0) = 0.
void ck_favor_general_grad(int kind, const float *x, const float *dy, float *dx, long n);

/// g[i, j] <- g[i, j] * phi[i, j] and rowsum[i] = sum_j (new g[i, j]); contiguous rows x cols.
void ck_favor_mul_rowsum(float *g, const float *phi, float *rowsum, long rows, long cols);

/// Trig feature backward: g, phi are rows x 2m (contiguous); rowsum[i] = sum_j g_ij phi_ij over
/// all 2m columns, then g[i, j] <- g[i, m+j] phi[i, j] - g[i, j] phi[i, m+j] for j < m.
void ck_favor_trig_grad(float *g, const float *phi, float *rowsum, long rows, long m);

/// y[i, :] += alpha * coef[i] * x[i, :] over rows x cols, both contiguous.
void ck_favor_add_scaled_rows(float *y, const float *x, const float *coef, float alpha, long rows,
                              long cols);

/// Normalisation of rows of na (rows x (dv + 1), last column the denominator D):
/// den[i] = D + 2 eps if |D| <= eps else D (the reference's guard has eps = 1e-6; see
/// DenominatorGuard.swift for the underflow-only alternative);
/// out[i, :] = na[i, :dv] / den[i] when renorm, else na[i, :dv] (den still stored).
void ck_favor_normalize(const float *na, long rows, long dv, float *out, float *den, int renorm, float eps);

/// Gradient of the normalisation: dna[i, :dv] = dout[i] / den[i],
/// dna[i, dv] = -(dout[i] . out[i]) / den[i] when renorm; else dna = [dout[i], 0].
void ck_favor_normalize_grad(const float *dout, const float *out, const float *den, float *dna,
                             long rows, long dv, int renorm);

/// Causal mask of a square block: a[i, j] <- 0 for j > i (i, j < n, leading dimension ld);
/// if rowsum != NULL, rowsum[i * ldr] += sum_{j <= i} a[i, j].
void ck_favor_tril(float *a, long n, long ld, float *rowsum, long ldr);

/// Causal mask with a per-row addend: b[i, j] <- b[i, j] + val[i * ldv] for j <= i, else 0.
void ck_favor_tril_add(float *b, long n, long ld, const float *val, long ldv);

#endif

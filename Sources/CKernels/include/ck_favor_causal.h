// Kernels of the strictly causal FAVOR+ stabilizer (FavorCausal.swift) and of the
// scale-invariant denominator guard. Row-major, stated leading dimensions; no allocation.
#ifndef CK_FAVOR_CAUSAL_H
#define CK_FAVOR_CAUSAL_H

/// Masked, rescaled intra-chunk block (n x n, leading dimension ld), in place: for j <= i,
/// a[i, j] <- (a[i, j] + addcol[i * ldadd]) * exp(colshift[j] - rowshift[i]); a[i, j] <- 0 for
/// j > i. addcol NULL adds nothing; colshift and rowshift NULL scale by 1. With rowsum,
/// rowsum[i * ldr] += sum_j a[i, j] (after scaling). rowshift[i] >= colshift[j] for j <= i
/// (a running maximum), so every factor is <= 1 and none overflows.
void ck_favor_tril_scaled(float *a, long n, long ld, const float *colshift, const float *rowshift,
                          const float *addcol, long ldadd, float *rowsum, long ldr);

/// y[i, j] = x[i, j] * exp(sign * (shift[i] - ref)) for i < rows, j < cols (x == y allowed).
void ck_favor_scale_rows_exp(const float *x, long ldx, float *y, long ldy, long rows, long cols,
                             const float *shift, float sign, float ref);

/// out = N / guard(D) per row of na = [N | D] (rows x (dv + 1)); den <- guard(D). With
/// logscale, D stands for D_true = D * exp(logscale[i]) (the stabilizer's shifts undone) and
/// the guard fires where |D_true| <= eps, tested in log space (log|D| + logscale <= log_eps),
/// adding 2 eps in D_true units: D <- D + 2 exp(log_eps - logscale[i]). logscale NULL: the
/// plain guard |D| <= eps -> D + 2 eps on the stored D, eps = exp(log_eps) given as eps.
void ck_favor_normalize_scaled(const float *na, long rows, long dv, float *out, float *den, int renorm,
                               float eps, float log_eps, const float *logscale);

#endif

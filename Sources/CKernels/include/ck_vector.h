// Vectorised elementwise kernels on Float32 arrays. Every pointer is to `n` (or rows x ld)
// contiguous floats; none of them allocates.
#ifndef CK_VECTOR_H
#define CK_VECTOR_H
#include "ck_dispatch.h"

/// y[i] = exp(x[i]) for i < n (in place allowed). Cody-Waite reduction to |r| <= ln2/2 and a
/// degree-7 Taylor polynomial: relative error <= 2e-7 (about 2 ulp) on [-87.3, 88.7];
/// x < -87.3 gives 0 (so exp(-inf) = 0), x > 88.7 saturates at exp(88.7).
void ck_exp(const float *x, float *y, long n);

/// y[i] = exp(a * x[i] + b) for i < n (in place allowed), with ck_exp's error bound.
void ck_exp_affine(const float *x, float *y, long n, float a, float b);

/// Row-wise stable softmax in place over `rows` rows of a row-major matrix with leading
/// dimension `ld`: s[i, j] <- exp(scale * (s[i, j] - max_j s[i, j])) / sum_j (...).
/// If `first_valid` >= 0 the rows are causal: row i keeps columns j < first_valid + i
/// (at most `cols`) and the rest are set to 0; if it is < 0 every column is kept.
void ck_softmax_rows(float *s, long rows, long cols, long ld, float scale, long first_valid);

/// Softmax backward in place for `rows` rows: dp[i, j] <- p[i, j] * (dp[i, j] - rowdot[i]),
/// leading dimension `ld` for both, over the first `cols` columns.
void ck_softmax_backward_rows(float *dp, const float *p, const float *rowdot,
                              long rows, long cols, long ld);

/// out[i] = sum_j a[i, j] * b[i, j] over `cols` columns of `rows` rows (leading dimension ld).
void ck_row_dots(const float *a, const float *b, float *out, long rows, long cols, long ld);

/// Largest element of x[0..n), -inf when n == 0.
float ck_max(const float *x, long n);


#endif

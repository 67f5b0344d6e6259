// Row kernels for banded and block-sparse attention: softmax over a contiguous band of
// columns per row, the rest of the row set to 0. A row-major tile s has `rows` rows of
// `cols` columns at leading dimension `ld`. Row t keeps the columns
//     [max(0, lo0 + t), min(cols, hi0 + t))
// (the band moves right by one column per row, as |i - j| <= w does in a tile of a banded
// matrix); lo0 <= -rows and hi0 >= cols keep every column. None of them allocates.
#ifndef CK_SPARSE_H
#define CK_SPARSE_H
#include "ck_dispatch.h"

/// Stable softmax of scale * s over each row's band, in place; zeros outside the band.
/// If `lse` is not NULL, lse[t] = log(sum_band exp(scale * s[t, j])) (the log-normaliser in
/// the scaled domain), so that p[t, j] = exp(scale * s[t, j] - lse[t]). A row with an empty
/// band becomes all zeros with lse = +inf (it then recomputes to zeros as well).
void ck_band_softmax_rows(float *s, long rows, long cols, long ld, float scale,
                          long lo0, long hi0, float *lse);

/// Recomputes probabilities from raw scores and the saved log-normalisers: in place,
/// s[t, j] <- exp(scale * s[t, j] - lse[t]) inside row t's band and 0 outside it.
void ck_band_probs_rows(float *s, long rows, long cols, long ld, float scale,
                        long lo0, long hi0, const float *lse);

#endif

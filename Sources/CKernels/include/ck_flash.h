// Row kernels of tiled ("flash") exact softmax attention: the online-softmax step of the
// forward pass on one scores tile. A tile s is row-major, `rows` x `cols` at leading
// dimension `ld`; row t keeps the columns [0, min(cols, hi0 + t)) (hi0 >= cols keeps all:
// bidirectional; hi0 = r0 - c0 + 1 is the causal mask j <= i of a tile whose first query is
// r0 and first key c0). None of them allocates.
#ifndef CK_FLASH_H
#define CK_FLASH_H
#include "ck_dispatch.h"

/// One online-softmax step. For each row t with at least one kept column:
///   m' = max(m[t], scale * max_j s[t, j]),  a = exp(m[t] - m'),
///   s[t, j] <- exp(scale * s[t, j] - m') on kept columns and 0 elsewhere,
///   l[t] <- a l[t] + sum_j s[t, j],  o[t, 0..<dv] *= a (leading dimension ldo),  m[t] <- m'.
/// m[t] = -inf (first step) gives a = 0 and o is set to 0 (so it may start uninitialised).
/// A row with no kept column is set to 0 and leaves m, l, o unchanged.
void ck_flash_online_rows(float *s, long rows, long cols, long ld, float scale, long hi0,
                          float *m, float *l, float *o, long ldo, long dv);

/// Finishes `rows` rows: o[t, :] /= l[t] and lse[t] = m[t] + log(l[t]) (the log-normaliser
/// in the scaled domain: p[t, j] = exp(scale * s[t, j] - lse[t])).
void ck_flash_finish_rows(float *o, long rows, long ldo, long dv, const float *m,
                          const float *l, float *lse);

/// Backward recompute of probabilities in place: s[t, j] <- exp(scale * s[t, j] - lse[t]) on
/// row t's kept columns, 0 elsewhere.
void ck_flash_probs_rows(float *s, long rows, long cols, long ld, float scale, long hi0,
                         const float *lse);

#endif

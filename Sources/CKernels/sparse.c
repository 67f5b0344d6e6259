// Banded softmax kernels (see ck_sparse.h). The exponentials go through ck_exp_affine (the
// dispatched vector exp of vector.c); the max, sum and scaling loops are compiled here for
// AVX-512, AVX2+FMA and baseline, picked at run time by ck_simd_level().
#include <math.h>
#include <string.h>
#include "ck_sparse.h"
#include "ck_vector.h"
#include "ck_internal.h"


/// The band [lo, hi) of row t, clipped to [0, cols); lo >= hi means an empty band.
static inline __attribute__((always_inline)) void
band_of_row(long t, long cols, long lo0, long hi0, long *lo, long *hi) {
    long a = lo0 + t, b = hi0 + t;
    *lo = a < 0 ? 0 : (a > cols ? cols : a);
    *hi = b < 0 ? 0 : (b > cols ? cols : b);
    if (*hi < *lo) *hi = *lo;
}

/// Zeros row[0, lo) and row[hi, cols).
static inline __attribute__((always_inline)) void
zero_outside(float *row, long cols, long lo, long hi) {
    if (lo > 0) memset(row, 0, (size_t)lo * sizeof(float));
    if (hi < cols) memset(row + hi, 0, (size_t)(cols - hi) * sizeof(float));
}

static inline __attribute__((always_inline)) void
ck_band_softmax_rows_body(float *s, long rows, long cols, long ld, float scale, long lo0, long hi0,
                          float *lse) {
    for (long t = 0; t < rows; t++) {
#pragma clang fp reassociate(on)
        float *row = s + t * ld;
        long lo, hi;
        band_of_row(t, cols, lo0, hi0, &lo, &hi);
        zero_outside(row, cols, lo, hi);
        if (lo == hi) {
            if (lse) lse[t] = INFINITY;
            continue;
        }
        float m = -INFINITY;
        for (long j = lo; j < hi; j++) m = fmaxf(m, row[j]);
        // exp(scale * (s - m)) = exp(scale * s - scale * m); scale > 0 so the max maps to 0.
        ck_exp_affine(row + lo, row + lo, hi - lo, scale, -scale * m);
        float sum = 0.0f;
        for (long j = lo; j < hi; j++) sum += row[j];
        float inv = 1.0f / sum;
        for (long j = lo; j < hi; j++) row[j] *= inv;
        if (lse) lse[t] = scale * m + logf(sum);
    }
}
CK_DEFINE_VARIANTS(ck_band_softmax_rows,
                   (float *s, long rows, long cols, long ld, float scale, long lo0, long hi0, float *lse),
                   (s, rows, cols, ld, scale, lo0, hi0, lse))

void ck_band_probs_rows(float *s, long rows, long cols, long ld, float scale, long lo0, long hi0,
                        const float *lse) {
    for (long t = 0; t < rows; t++) {
        float *row = s + t * ld;
        long lo, hi;
        band_of_row(t, cols, lo0, hi0, &lo, &hi);
        zero_outside(row, cols, lo, hi);
        if (lo < hi) ck_exp_affine(row + lo, row + lo, hi - lo, scale, -lse[t]);
    }
}

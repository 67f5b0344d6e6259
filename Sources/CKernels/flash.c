// Online-softmax row kernels of tiled exact attention (see ck_flash.h). Each body is written
// once and compiled for AVX-512, AVX2+FMA and baseline; the exp is ck_exp1 inlined into the
// loop that also sums, so a tile is read and written once per step.
#include <math.h>
#include <string.h>
#include "ck_flash.h"
#include "ck_internal.h"

/// Kept columns of row t: [0, min(cols, hi0 + t)), at least 0.
static inline __attribute__((always_inline)) long kept(long t, long cols, long hi0) {
    long b = hi0 + t;
    return b < 0 ? 0 : (b > cols ? cols : b);
}

static inline __attribute__((always_inline)) void
ck_flash_online_rows_body(float *s, long rows, long cols, long ld, float scale, long hi0,
                          float *m, float *l, float *o, long ldo, long dv) {
    for (long t = 0; t < rows; t++) {
#pragma clang fp reassociate(on)
        float *row = s + t * ld;
        long n = kept(t, cols, hi0);
        if (n < cols) memset(row + n, 0, (size_t)(cols - n) * sizeof(float));
        if (n == 0) continue;
        float mx = -INFINITY;
        for (long j = 0; j < n; j++) mx = fmaxf(mx, row[j]);
        float mOld = m[t];
        float mNew = scale * mx > mOld ? scale * mx : mOld;
        float sum = 0.0f;
        for (long j = 0; j < n; j++) {
            float e = ck_exp1(scale * row[j] - mNew);
            row[j] = e;
            sum += e;
        }
        float *orow = o + t * ldo;
        if (mOld == -INFINITY) {
            memset(orow, 0, (size_t)dv * sizeof(float));
            l[t] = sum;
        } else {
            float a = ck_exp1(mOld - mNew);
            if (a != 1.0f)
                for (long c = 0; c < dv; c++) orow[c] *= a;
            l[t] = a * l[t] + sum;
        }
        m[t] = mNew;
    }
}
CK_DEFINE_VARIANTS(ck_flash_online_rows,
                   (float *s, long rows, long cols, long ld, float scale, long hi0, float *m, float *l,
                    float *o, long ldo, long dv),
                   (s, rows, cols, ld, scale, hi0, m, l, o, ldo, dv))

void ck_flash_finish_rows(float *o, long rows, long ldo, long dv, const float *m, const float *l,
                          float *lse) {
    for (long t = 0; t < rows; t++) {
        float inv = 1.0f / l[t];
        float *orow = o + t * ldo;
        for (long c = 0; c < dv; c++) orow[c] *= inv;
        lse[t] = m[t] + logf(l[t]);
    }
}

static inline __attribute__((always_inline)) void
ck_flash_probs_rows_body(float *s, long rows, long cols, long ld, float scale, long hi0,
                         const float *lse) {
    for (long t = 0; t < rows; t++) {
        float *row = s + t * ld;
        long n = kept(t, cols, hi0);
        if (n < cols) memset(row + n, 0, (size_t)(cols - n) * sizeof(float));
        float b = lse[t];
        for (long j = 0; j < n; j++) row[j] = ck_exp1(scale * row[j] - b);
    }
}
CK_DEFINE_VARIANTS(ck_flash_probs_rows,
                   (float *s, long rows, long cols, long ld, float scale, long hi0, const float *lse),
                   (s, rows, cols, ld, scale, hi0, lse))

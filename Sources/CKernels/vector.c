// Elementwise kernels, each body written once (static inline) and compiled three times:
// AVX-512, AVX2+FMA and baseline; the public function dispatches on ck_simd_level().
#include <math.h>
#include <stdint.h>
#include <string.h>
#include "ck_vector.h"
#include "ck_internal.h"



static inline __attribute__((always_inline)) void ck_exp_body(const float *x, float *y, long n) {
    for (long i = 0; i < n; i++) y[i] = ck_exp1(x[i]);
}
CK_DEFINE_VARIANTS(ck_exp, (const float *x, float *y, long n), (x, y, n))

static inline __attribute__((always_inline)) void
ck_exp_affine_body(const float *x, float *y, long n, float a, float b) {
    for (long i = 0; i < n; i++) y[i] = ck_exp1(a * x[i] + b);
}
CK_DEFINE_VARIANTS(ck_exp_affine, (const float *x, float *y, long n, float a, float b),
                   (x, y, n, a, b))

static inline __attribute__((always_inline)) float ck_max_body_f(const float *x, long n) {
#pragma clang fp reassociate(on)
    float m = -INFINITY;
    for (long i = 0; i < n; i++) m = fmaxf(m, x[i]);
    return m;
}

static inline __attribute__((always_inline)) void
ck_softmax_rows_body(float *s, long rows, long cols, long ld, float scale, long first_valid) {
    for (long i = 0; i < rows; i++) {
#pragma clang fp reassociate(on)
        float *row = s + i * ld;
        long valid = cols;
        if (first_valid >= 0) {
            valid = first_valid + i;
            if (valid > cols) valid = cols;
        }
        float m = ck_max_body_f(row, valid);
        float sum = 0.0f;
        for (long j = 0; j < valid; j++) {
            float e = ck_exp1(scale * (row[j] - m));
            row[j] = e;
            sum += e;
        }
        float inv = 1.0f / sum;
        for (long j = 0; j < valid; j++) row[j] *= inv;
        for (long j = valid; j < cols; j++) row[j] = 0.0f;
    }
}
CK_DEFINE_VARIANTS(ck_softmax_rows,
                   (float *s, long rows, long cols, long ld, float scale, long first_valid),
                   (s, rows, cols, ld, scale, first_valid))

static inline __attribute__((always_inline)) void
ck_softmax_backward_rows_body(float *dp, const float *p, const float *rowdot, long rows, long cols,
                              long ld) {
    for (long i = 0; i < rows; i++) {
        float *d = dp + i * ld;
        const float *pr = p + i * ld;
        float c = rowdot[i];
        for (long j = 0; j < cols; j++) d[j] = pr[j] * (d[j] - c);
    }
}
CK_DEFINE_VARIANTS(ck_softmax_backward_rows,
                   (float *dp, const float *p, const float *rowdot, long rows, long cols, long ld),
                   (dp, p, rowdot, rows, cols, ld))

static inline __attribute__((always_inline)) void
ck_row_dots_body(const float *a, const float *b, float *out, long rows, long cols, long ld) {
    for (long i = 0; i < rows; i++) {
#pragma clang fp reassociate(on)
        const float *ar = a + i * ld, *br = b + i * ld;
        float acc = 0.0f;
        for (long j = 0; j < cols; j++) acc += ar[j] * br[j];
        out[i] = acc;
    }
}
CK_DEFINE_VARIANTS(ck_row_dots, (const float *a, const float *b, float *out, long rows, long cols, long ld),
                   (a, b, out, rows, cols, ld))

static inline __attribute__((always_inline)) float ck_max_body(const float *x, long n) {
    return ck_max_body_f(x, n);
}
CK_TARGET_AVX512 static float ck_max_avx512(const float *x, long n) { return ck_max_body(x, n); }
CK_TARGET_AVX2 static float ck_max_avx2(const float *x, long n) { return ck_max_body(x, n); }
float ck_max(const float *x, long n) {
    int level = ck_simd_level();
    if (level == 2) return ck_max_avx512(x, n);
    if (level == 1) return ck_max_avx2(x, n);
    return ck_max_body(x, n);
}


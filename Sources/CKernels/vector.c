// Elementwise kernels, each body written once (static inline) and compiled three times:
// AVX-512, AVX2+FMA and baseline; the public function dispatches on ck_simd_level().
#include <math.h>
#include <stdint.h>
#include <string.h>
#include "ck_vector.h"

static inline float ck_exp1(float x) {
    const float log2e = 1.44269504088896341f;
    const float ln2_hi = 0.693145751953125f;
    const float ln2_lo = 1.42860682030941723e-06f;
    const float magic = 12582912.0f; // 1.5 * 2^23: adding it rounds to the nearest integer
    float xc = x > 88.7f ? 88.7f : x;
    xc = xc < -87.3f ? -87.3f : xc;
    float n = (xc * log2e + magic) - magic;
    float r = xc - n * ln2_hi;
    r = r - n * ln2_lo;
    float p = 1.0f / 5040.0f;
    p = p * r + 1.0f / 720.0f;
    p = p * r + 1.0f / 120.0f;
    p = p * r + 1.0f / 24.0f;
    p = p * r + 1.0f / 6.0f;
    p = p * r + 0.5f;
    p = p * r + 1.0f;
    p = p * r + 1.0f;
    int32_t bits = ((int32_t)n + 127) << 23;
    float scale;
    memcpy(&scale, &bits, sizeof scale);
    float y = p * scale;
    return x < -87.3f ? 0.0f : y;
}

#define CK_DEFINE_VARIANTS(NAME, PARAMS, ARGS)                                   \
    CK_TARGET_AVX512 static void NAME##_avx512 PARAMS { NAME##_body ARGS; }      \
    CK_TARGET_AVX2 static void NAME##_avx2 PARAMS { NAME##_body ARGS; }          \
    static void NAME##_base PARAMS { NAME##_body ARGS; }                         \
    void NAME PARAMS {                                                           \
        int level = ck_simd_level();                                             \
        if (level == 2) NAME##_avx512 ARGS;                                      \
        else if (level == 1) NAME##_avx2 ARGS;                                   \
        else NAME##_base ARGS;                                                   \
    }

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
    for (long i = 0; i < n; i++) m = x[i] > m ? x[i] : m;
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

double ck_sum(const float *x, long n) {
    double acc = 0.0;
    for (long i = 0; i < n; i++) acc += x[i];
    return acc;
}

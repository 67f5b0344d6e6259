// FAVOR+ elementwise kernels; see ck_favor.h for the contracts. Each body is written once
// (static inline) and compiled for AVX-512, AVX2+FMA and baseline, dispatched at run time.
#include <math.h>
#include <stdint.h>
#include <string.h>
#include "ck_favor.h"
#include "ck_internal.h"


CK_INLINE float fv_row_max(const float *x, long n) {
#pragma clang fp reassociate(on)
    float m = -INFINITY;
    for (long j = 0; j < n; j++) m = fmaxf(m, x[j]);
    return m;
}

CK_INLINE void ck_favor_exp_rows_body(float *p, long rows, long cols, long ld, const float *bias,
                                      float offset, int subtract_row_max) {
    for (long i = 0; i < rows; i++) {
        float *row = p + i * ld;
        float b = bias[i] + offset;
        if (subtract_row_max) b = offset - fv_row_max(row, cols);
        for (long j = 0; j < cols; j++) row[j] = ck_exp1(row[j] + b);
    }
}
CK_DEFINE_VARIANTS(ck_favor_exp_rows,
            (float *p, long rows, long cols, long ld, const float *bias, float offset, int subtract_row_max),
            (p, rows, cols, ld, bias, offset, subtract_row_max))

CK_INLINE void ck_favor_row_max_body(const float *p, long rows, long cols, long ld, const float *bias,
                                     float *out) {
    for (long i = 0; i < rows; i++) out[i] = fv_row_max(p + i * ld, cols) + bias[i];
}
CK_DEFINE_VARIANTS(ck_favor_row_max, (const float *p, long rows, long cols, long ld, const float *bias, float *out),
            (p, rows, cols, ld, bias, out))

void ck_favor_trig_rows(float *p, long rows, long m, long ld, const float *rowlog, float offset) {
    for (long i = 0; i < rows; i++) {
        float *row = p + i * ld;
        float c = expf(rowlog[i] + offset);
        for (long j = 0; j < m; j++) {
            float a = row[j];
            row[j] = c * cosf(a);
            row[m + j] = c * sinf(a);
        }
    }
}

static inline float fv_phi(float x) { return 0.5f * erfcf(-x * 0.70710678118654752f); }

void ck_favor_general(int kind, const float *x, float *y, long n, float eps) {
    for (long i = 0; i < n; i++) {
        float v = x[i], f;
        switch (kind) {
        case 0: f = v > 0 ? v : 0; break;
        case 1: f = expf(v); break;
        case 2: f = v > 0 ? v + 1 : expf(v); break;
        case 3: f = fabsf(v); break;
        case 4: f = v * fv_phi(v); break;
        case 5: f = cosf(v); break;
        case 6: f = tanhf(v); break;
        case 7: f = 1.0f / (1.0f + expf(-v)); break;
        default: f = v; break;
        }
        y[i] = f + eps;
    }
}

void ck_favor_general_grad(int kind, const float *x, const float *dy, float *dx, long n) {
    for (long i = 0; i < n; i++) {
        float v = x[i], g;
        switch (kind) {
        case 0: g = v > 0 ? 1 : 0; break;
        case 1: g = expf(v); break;
        case 2: g = v > 0 ? 1 : expf(v); break;
        case 3: g = v > 0 ? 1 : (v < 0 ? -1 : 0); break;
        case 4: g = fv_phi(v) + v * 0.39894228040143268f * expf(-0.5f * v * v); break;
        case 5: g = -sinf(v); break;
        case 6: { float t = tanhf(v); g = 1 - t * t; break; }
        case 7: { float s = 1.0f / (1.0f + expf(-v)); g = s * (1 - s); break; }
        default: g = 1; break;
        }
        dx[i] = dy[i] * g;
    }
}

CK_INLINE void ck_favor_mul_rowsum_body(float *g, const float *phi, float *rowsum, long rows, long cols) {
    for (long i = 0; i < rows; i++) {
#pragma clang fp reassociate(on)
        float *gr = g + i * cols;
        const float *pr = phi + i * cols;
        float acc = 0;
        for (long j = 0; j < cols; j++) { float t = gr[j] * pr[j]; gr[j] = t; acc += t; }
        rowsum[i] = acc;
    }
}
CK_DEFINE_VARIANTS(ck_favor_mul_rowsum, (float *g, const float *phi, float *rowsum, long rows, long cols),
            (g, phi, rowsum, rows, cols))

CK_INLINE void ck_favor_trig_grad_body(float *g, const float *phi, float *rowsum, long rows, long m) {
    for (long i = 0; i < rows; i++) {
#pragma clang fp reassociate(on)
        float *gr = g + i * 2 * m;
        const float *pr = phi + i * 2 * m;
        float acc = 0;
        for (long j = 0; j < 2 * m; j++) acc += gr[j] * pr[j];
        rowsum[i] = acc;
        for (long j = 0; j < m; j++) gr[j] = gr[m + j] * pr[j] - gr[j] * pr[m + j];
    }
}
CK_DEFINE_VARIANTS(ck_favor_trig_grad, (float *g, const float *phi, float *rowsum, long rows, long m),
            (g, phi, rowsum, rows, m))

CK_INLINE void ck_favor_add_scaled_rows_body(float *y, const float *x, const float *coef, float alpha,
                                             long rows, long cols) {
    for (long i = 0; i < rows; i++) {
        float c = alpha * coef[i];
        for (long j = 0; j < cols; j++) y[i * cols + j] += c * x[i * cols + j];
    }
}
CK_DEFINE_VARIANTS(ck_favor_add_scaled_rows,
            (float *y, const float *x, const float *coef, float alpha, long rows, long cols),
            (y, x, coef, alpha, rows, cols))

static inline float fv_guard(float d, float eps) { return fabsf(d) <= eps ? d + 2 * eps : d; }

CK_INLINE void ck_favor_normalize_body(const float *na, long rows, long dv, float *out, float *den,
                                       int renorm, float eps) {
    for (long i = 0; i < rows; i++) {
        const float *r = na + i * (dv + 1);
        float d = fv_guard(r[dv], eps);
        den[i] = d;
        float inv = renorm ? 1.0f / d : 1.0f;
        for (long j = 0; j < dv; j++) out[i * dv + j] = r[j] * inv;
    }
}
CK_DEFINE_VARIANTS(ck_favor_normalize, (const float *na, long rows, long dv, float *out, float *den, int renorm, float eps),
            (na, rows, dv, out, den, renorm, eps))

CK_INLINE void ck_favor_normalize_grad_body(const float *dout, const float *out, const float *den,
                                            float *dna, long rows, long dv, int renorm) {
    for (long i = 0; i < rows; i++) {
#pragma clang fp reassociate(on)
        const float *g = dout + i * dv, *o = out + i * dv;
        float *r = dna + i * (dv + 1);
        if (!renorm) {
            for (long j = 0; j < dv; j++) r[j] = g[j];
            r[dv] = 0;
            continue;
        }
        float inv = 1.0f / den[i], dot = 0;
        for (long j = 0; j < dv; j++) { r[j] = g[j] * inv; dot += g[j] * o[j]; }
        r[dv] = -dot * inv;
    }
}
CK_DEFINE_VARIANTS(ck_favor_normalize_grad,
            (const float *dout, const float *out, const float *den, float *dna, long rows, long dv, int renorm),
            (dout, out, den, dna, rows, dv, renorm))

void ck_favor_tril(float *a, long n, long ld, float *rowsum, long ldr) {
    for (long i = 0; i < n; i++) {
        float *r = a + i * ld;
        if (rowsum) {
            float acc = 0;
            for (long j = 0; j <= i; j++) acc += r[j];
            rowsum[i * ldr] += acc;
        }
        for (long j = i + 1; j < n; j++) r[j] = 0;
    }
}

void ck_favor_tril_add(float *b, long n, long ld, const float *val, long ldv) {
    for (long i = 0; i < n; i++) {
        float *r = b + i * ld;
        float v = val[i * ldv];
        for (long j = 0; j <= i; j++) r[j] += v;
        for (long j = i + 1; j < n; j++) r[j] = 0;
    }
}

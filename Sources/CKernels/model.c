// Elementwise kernels of the Transformer LM (see include/ck_model.h), each body written
// once and compiled for AVX-512, AVX2+FMA and baseline, dispatched on ck_simd_level().
#include <math.h>
#include <stdint.h>
#include <string.h>
#include "ck_model.h"
#include "ck_internal.h"



// tanh(u) = 1 - 2 / (1 + exp(2u)).
CK_INLINE float ckm_tanh(float u) { return 1.0f - 2.0f / (1.0f + ck_exp1(2.0f * u)); }

#define GELU_C 0.7978845608028654f /* sqrt(2/pi) */
#define GELU_A 0.044715f

CK_INLINE void ck_layernorm_forward_body(const float *x, float *y, const float *gamma,
                                          const float *beta, float *mean, float *rstd, long rows,
                                          long d, float eps) {
    for (long i = 0; i < rows; i++) {
#pragma clang fp reassociate(on)
        const float *xr = x + i * d;
        float *yr = y + i * d;
        float s = 0.0f;
        for (long j = 0; j < d; j++) s += xr[j];
        float mu = s / (float)d;
        float ss = 0.0f;
        for (long j = 0; j < d; j++) { float c = xr[j] - mu; ss += c * c; }
        float rs = 1.0f / sqrtf(ss / (float)d + eps);
        for (long j = 0; j < d; j++) yr[j] = (xr[j] - mu) * rs * gamma[j] + beta[j];
        mean[i] = mu;
        rstd[i] = rs;
    }
}
CK_DEFINE_VARIANTS(ck_layernorm_forward,
             (const float *x, float *y, const float *gamma, const float *beta, float *mean,
              float *rstd, long rows, long d, float eps),
             (x, y, gamma, beta, mean, rstd, rows, d, eps))

CK_INLINE void ck_layernorm_backward_body(const float *dy, const float *x, const float *gamma,
                                           const float *mean, const float *rstd, float *dx,
                                           float *dgamma, float *dbeta, long rows, long d) {
    for (long i = 0; i < rows; i++) {
#pragma clang fp reassociate(on)
        const float *dyr = dy + i * d, *xr = x + i * d;
        float *dxr = dx + i * d;
        float mu = mean[i], rs = rstd[i];
        float sg = 0.0f, sgx = 0.0f;
        for (long j = 0; j < d; j++) {
            float xh = (xr[j] - mu) * rs;
            float g = dyr[j] * gamma[j];
            sg += g;
            sgx += g * xh;
            dgamma[j] += dyr[j] * xh;
            dbeta[j] += dyr[j];
        }
        float mg = sg / (float)d, mgx = sgx / (float)d;
        for (long j = 0; j < d; j++) {
            float xh = (xr[j] - mu) * rs;
            dxr[j] = rs * (dyr[j] * gamma[j] - mg - xh * mgx);
        }
    }
}
CK_DEFINE_VARIANTS(ck_layernorm_backward,
             (const float *dy, const float *x, const float *gamma, const float *mean,
              const float *rstd, float *dx, float *dgamma, float *dbeta, long rows, long d),
             (dy, x, gamma, mean, rstd, dx, dgamma, dbeta, rows, d))

CK_INLINE void ck_add_bias_rows_body(float *x, const float *bias, long rows, long n) {
    for (long i = 0; i < rows; i++)
        for (long j = 0; j < n; j++) x[i * n + j] += bias[j];
}
CK_DEFINE_VARIANTS(ck_add_bias_rows, (float *x, const float *bias, long rows, long n), (x, bias, rows, n))

CK_INLINE void ck_add_column_sums_body(const float *x, float *out, long rows, long n) {
    for (long i = 0; i < rows; i++)
        for (long j = 0; j < n; j++) out[j] += x[i * n + j];
}
CK_DEFINE_VARIANTS(ck_add_column_sums, (const float *x, float *out, long rows, long n), (x, out, rows, n))

CK_INLINE void ck_gelu_forward_body(const float *x, float *y, long n) {
    for (long i = 0; i < n; i++) {
        float v = x[i];
        float t = ckm_tanh(GELU_C * (v + GELU_A * v * v * v));
        y[i] = 0.5f * v * (1.0f + t);
    }
}
CK_DEFINE_VARIANTS(ck_gelu_forward, (const float *x, float *y, long n), (x, y, n))

// dx may alias dy (in place): each element reads dy[i] before writing dx[i], so the loop is
// safe to vectorise; the pragma says so (without it clang keeps a scalar loop, ~15x slower).
CK_INLINE void ck_gelu_backward_body(const float *x, const float *dy, float *dx, long n) {
#pragma clang loop vectorize(assume_safety)
    for (long i = 0; i < n; i++) {
        float v = x[i];
        float t = ckm_tanh(GELU_C * (v + GELU_A * v * v * v));
        float du = GELU_C * (1.0f + 3.0f * GELU_A * v * v);
        dx[i] = dy[i] * (0.5f * (1.0f + t) + 0.5f * v * (1.0f - t * t) * du);
    }
}
CK_DEFINE_VARIANTS(ck_gelu_backward, (const float *x, const float *dy, float *dx, long n), (x, dy, dx, n))

CK_INLINE void ck_relu_forward_body(const float *x, float *y, long n) {
    for (long i = 0; i < n; i++) y[i] = x[i] > 0.0f ? x[i] : 0.0f;
}
CK_DEFINE_VARIANTS(ck_relu_forward, (const float *x, float *y, long n), (x, y, n))

CK_INLINE void ck_relu_backward_body(const float *x, const float *dy, float *dx, long n) {
#pragma clang loop vectorize(assume_safety)
    for (long i = 0; i < n; i++) dx[i] = x[i] > 0.0f ? dy[i] : 0.0f;
}
CK_DEFINE_VARIANTS(ck_relu_backward, (const float *x, const float *dy, float *dx, long n), (x, dy, dx, n))

CK_INLINE void ck_cross_entropy_rows_body(const float *logits, const int32_t *targets,
                                           float *dlogits, long rows, long v, float grad_scale,
                                           double *loss_sum, long *correct) {
    double total = 0.0;
    long right = 0;
    for (long i = 0; i < rows; i++) {
        const float *z = logits + i * v;
        int32_t t = targets[i];
        if (t < 0) {  // ignored position (masked-LM rows that were not masked)
            if (dlogits) memset(dlogits + i * v, 0, sizeof(float) * (size_t)v);
            continue;
        }
        float m = z[0];
        long arg = 0;
        for (long j = 1; j < v; j++) if (z[j] > m) { m = z[j]; arg = j; }
        float s = 0.0f;
        {
#pragma clang fp reassociate(on)
            for (long j = 0; j < v; j++) s += ck_exp1(z[j] - m);
        }
        float lse = m + logf(s);
        total += (double)(lse - z[t]);
        right += (arg == t);
        if (dlogits) {
            float *dz = dlogits + i * v;
            float inv = grad_scale / s;
            for (long j = 0; j < v; j++) dz[j] = ck_exp1(z[j] - m) * inv;
            dz[t] -= grad_scale;
        }
    }
    *loss_sum += total;
    *correct += right;
}
CK_DEFINE_VARIANTS(ck_cross_entropy_rows,
             (const float *logits, const int32_t *targets, float *dlogits, long rows, long v,
              float grad_scale, double *loss_sum, long *correct),
             (logits, targets, dlogits, rows, v, grad_scale, loss_sum, correct))

CK_INLINE void ck_adam_update_body(float *w, const float *g, float *m, float *v, long n,
                                    float lr, float b1, float b2, float eps, float bc1, float bc2,
                                    float weight_decay, float grad_scale) {
    float ib1 = 1.0f / bc1, ib2 = 1.0f / bc2;
    for (long i = 0; i < n; i++) {
        float gi = g[i] * grad_scale;
        float mi = b1 * m[i] + (1.0f - b1) * gi;
        float vi = b2 * v[i] + (1.0f - b2) * gi * gi;
        m[i] = mi;
        v[i] = vi;
        w[i] -= lr * (mi * ib1) / (sqrtf(vi * ib2) + eps) + lr * weight_decay * w[i];
    }
}
CK_DEFINE_VARIANTS(ck_adam_update,
             (float *w, const float *g, float *m, float *v, long n, float lr, float b1, float b2,
              float eps, float bc1, float bc2, float weight_decay, float grad_scale),
             (w, g, m, v, n, lr, b1, b2, eps, bc1, bc2, weight_decay, grad_scale))

double ck_sum_squares(const float *x, long n) {
    double acc = 0.0;
    for (long i = 0; i < n; i++) acc += (double)x[i] * (double)x[i];
    return acc;
}

// Strictly causal FAVOR+ stabilizer kernels; see include/ck_favor_causal.h.
#include "ck_favor_causal.h"
#include <math.h>

void ck_favor_tril_scaled(float *a, long n, long ld, const float *colshift, const float *rowshift,
                          const float *addcol, long ldadd, float *rowsum, long ldr) {
    for (long i = 0; i < n; i++) {
        float *r = a + i * ld;
        float add = addcol ? addcol[i * ldadd] : 0.0f;
        float acc = 0;
        for (long j = 0; j <= i; j++) {
            float x = r[j] + add;
            if (colshift) x *= expf(colshift[j] - rowshift[i]);
            r[j] = x;
            acc += x;
        }
        if (rowsum) rowsum[i * ldr] += acc;
        for (long j = i + 1; j < n; j++) r[j] = 0;
    }
}

void ck_favor_scale_rows_exp(const float *x, long ldx, float *y, long ldy, long rows, long cols,
                             const float *shift, float sign, float ref) {
    for (long i = 0; i < rows; i++) {
        float f = expf(sign * (shift[i] - ref));
        for (long j = 0; j < cols; j++) y[i * ldy + j] = x[i * ldx + j] * f;
    }
}

void ck_favor_normalize_scaled(const float *na, long rows, long dv, float *out, float *den, int renorm,
                               float eps, float log_eps, const float *logscale) {
    for (long i = 0; i < rows; i++) {
        const float *r = na + i * (dv + 1);
        float d = r[dv];
        if (logscale) {
            float ls = logscale[i];
            if (d == 0.0f || logf(fabsf(d)) + ls <= log_eps) d += 2.0f * expf(log_eps - ls);
        } else if (fabsf(d) <= eps) {
            d += 2.0f * eps;
        }
        den[i] = d;
        float inv = renorm ? 1.0f / d : 1.0f;
        for (long j = 0; j < dv; j++) out[i * dv + j] = r[j] * inv;
    }
}

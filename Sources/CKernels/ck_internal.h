// Private helpers of the C kernels (not exported to Swift: this header is not in include/).
// One vectorisable scalar exp and the macro that compiles a kernel body three times
// (AVX-512, AVX2+FMA, baseline) behind one function that dispatches on ck_simd_level().
#ifndef CK_INTERNAL_H
#define CK_INTERNAL_H
#include <stdint.h>
#include <string.h>
#include "ck_dispatch.h"

#define CK_INLINE static inline __attribute__((always_inline))

// exp(x): Cody-Waite reduction x = n ln2 + r, |r| <= ln2/2 (two-part ln2), exp(r) by its
// degree-7 Taylor polynomial (truncation < 1.3e-8 relative), times 2^n built from the
// exponent bits: relative error <= 2e-7 on [-87.3, 88.7]; x < -87.3 gives 0 (exp(-inf) = 0),
// x > 88.7 saturates at exp(88.7).
CK_INLINE float ck_exp1(float x) {
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

// Defines NAME PARAMS as a dispatcher over three compilations of NAME##_body ARGS.
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

#endif

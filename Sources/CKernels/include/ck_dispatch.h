// Helpers for writing one kernel body and compiling it for AVX-512, AVX2+FMA and baseline
// x86-64, with the best version picked once at run time from the CPU's flags.
#ifndef CK_DISPATCH_H
#define CK_DISPATCH_H

#if defined(__x86_64__) && !defined(CK_NO_MULTIVERSION)
#define CK_MULTIVERSION 1
#define CK_TARGET_AVX512 __attribute__((target("avx512f,avx512dq,avx512bw,avx512vl,avx2,fma")))
#define CK_TARGET_AVX2 __attribute__((target("avx2,fma")))
#else
#define CK_MULTIVERSION 0
#define CK_TARGET_AVX512
#define CK_TARGET_AVX2
#endif

/// The instruction set the kernels run on here: 2 = AVX-512, 1 = AVX2+FMA, 0 = baseline.
int ck_simd_level(void);

#endif

// Elementwise kernels of the Transformer language model (Sources/Model). Matrices are
// row-major with `rows` rows of `n` (or `d`) contiguous floats; none of them allocates.
#ifndef CK_MODEL_H
#define CK_MODEL_H
#include <stdint.h>
#include "ck_dispatch.h"

/// LayerNorm over the last axis: y = gamma * (x - mean) * rstd + beta, per row of d floats,
/// with rstd = 1 / sqrt(var + eps) (biased variance). Writes mean[rows] and rstd[rows].
void ck_layernorm_forward(const float *x, float *y, const float *gamma, const float *beta,
                          float *mean, float *rstd, long rows, long d, float eps);

/// LayerNorm backward: dx = rstd * (g - mean(g) - xhat * mean(g * xhat)) with g = dy * gamma;
/// dgamma[j] += sum_i dy[i,j] xhat[i,j]; dbeta[j] += sum_i dy[i,j] (accumulated, not set).
void ck_layernorm_backward(const float *dy, const float *x, const float *gamma,
                           const float *mean, const float *rstd, float *dx, float *dgamma,
                           float *dbeta, long rows, long d);

/// x[i, j] += bias[j] for `rows` rows of n floats.
void ck_add_bias_rows(float *x, const float *bias, long rows, long n);

/// out[j] += sum_i x[i, j] (column sums of a rows x n matrix, accumulated).
void ck_add_column_sums(const float *x, float *out, long rows, long n);

/// y = gelu(x) with the tanh approximation 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))).
void ck_gelu_forward(const float *x, float *y, long n);
/// dx = dy * gelu'(x) (tanh approximation); dx may alias dy.
void ck_gelu_backward(const float *x, const float *dy, float *dx, long n);
/// y = max(x, 0).
void ck_relu_forward(const float *x, float *y, long n);
/// dx = dy where x > 0, else 0; dx may alias dy.
void ck_relu_backward(const float *x, const float *dy, float *dx, long n);

/// Softmax cross-entropy over rows of v logits with integer targets. Adds the summed loss
/// (nats) to *loss_sum and the number of rows whose argmax equals the target to *correct.
/// If dlogits is not NULL, writes dlogits = grad_scale * (softmax(logits) - onehot(target)).
/// Rows with a negative target are ignored (no loss, not counted, zero dlogits).
void ck_cross_entropy_rows(const float *logits, const int32_t *targets, float *dlogits,
                           long rows, long v, float grad_scale, double *loss_sum, long *correct);

/// One Adam step with decoupled weight decay on n parameters (AdamW):
/// g' = grad_scale * g; m = b1 m + (1 - b1) g'; v = b2 v + (1 - b2) g'^2;
/// w -= lr * (m / bc1) / (sqrt(v / bc2) + eps) + lr * weight_decay * w.
void ck_adam_update(float *w, const float *g, float *m, float *v, long n, float lr, float b1,
                    float b2, float eps, float bc1, float bc2, float weight_decay,
                    float grad_scale);

/// Sum of squares of x[0..n), accumulated in double.
double ck_sum_squares(const float *x, long n);

#endif

// cblas from Debian's OpenBLAS (libopenblas-dev), plus the OpenBLAS runtime queries
// that tell which kernel core the library chose when it loaded.
#include <cblas.h>

char *openblas_get_corename(void);
char *openblas_get_config(void);
int openblas_get_num_threads(void);
void openblas_set_num_threads(int num_threads);

#define VECMATH_AVX512 1
#include "vecmath_isa.inc"

#define VECMATH_AVX512 0
#include "vecmath_isa.inc"

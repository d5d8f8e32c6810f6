// cotangent: tensors with reverse-mode autodiff and PyTorch's functional
// autograd API. This header includes the whole public API.
#pragma once
#include "cotangent/anomaly.h"
#include "cotangent/autograd.h"
#include "cotangent/checkpoint.h"
#include "cotangent/custom_function.h"
#include "cotangent/dtype.h"
#include "cotangent/error.h"
#include "cotangent/forward_ad.h"
#include "cotangent/functional.h"
#include "cotangent/gradcheck.h"
#include "cotangent/graph.h"
#include "cotangent/io.h"
#include "cotangent/memory.h"
#include "cotangent/nn.h"
#include "cotangent/ops.h"
#include "cotangent/shape.h"
#include "cotangent/tensor.h"

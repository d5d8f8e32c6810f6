// Internal: the CT_TRACE hook with which a primitive op announces itself
// lives in core/recorder.h (the core's factories use it too).
#pragma once
#include "core/recorder.h"

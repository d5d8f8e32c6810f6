// Ceres' fit of examples/curve_fit.cpp's model, for comparison (built only
// when Ceres is found: CURVE_FIT_WITH_CERES).
#pragma once
#include <array>
#include <vector>

// Fits A exp(-lambda t) cos(omega t + phi) to (t, y) from `start` with Ceres'
// Levenberg-Marquardt and automatic (Jet) derivatives; returns the parameters.
std::array<double, 4> ceres_fit(const std::vector<double>& t, const std::vector<double>& y,
                                std::array<double, 4> start);

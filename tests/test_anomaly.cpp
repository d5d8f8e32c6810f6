// Anomaly mode (ct::detect_anomaly), as torch.autograd.detect_anomaly: NaN
// returned by a backward node raises PyTorch's error, the warning before it
// names the forward call (this file is compiled with -g so that the warning
// can show its file and line), and nothing is recorded or checked when the
// mode is off.
#include <cotangent/cotangent.h>
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

namespace {

using ct::Tensor;

struct CapturedWarnings {
  CapturedWarnings() {
    prev = ct::set_warning_handler([this](const std::string& m) { messages.push_back(m); });
  }
  ~CapturedWarnings() { ct::set_warning_handler(prev); }
  std::vector<std::string> messages;
  ct::WarningHandler prev;
};

// 0 * log(0): log's backward computes 0 / 0.
__attribute__((noinline)) Tensor nan_in_log_backward(const Tensor& x) { return x.log() * 0.0; }
constexpr int kLogLine = __LINE__ - 1;

TEST(Anomaly, NanInBackwardRaisesTorchErrorAndNamesForwardCall) {
  CapturedWarnings warnings;
  Tensor x = ct::tensor({0.0, 1.0}, ct::float64).requires_grad_();
  ct::detect_anomaly guard;
  EXPECT_TRUE(ct::is_anomaly_enabled());
  const int line = __LINE__ + 1;
  Tensor y = nan_in_log_backward(x).sum();
  try {
    y.backward();
    FAIL() << "no error";
  } catch (const ct::RuntimeError& e) {
    EXPECT_STREQ(e.what(), "Function 'LogBackward0' returned nan values in its 0th output.");
  }
  ASSERT_EQ(warnings.messages.size(), 1u);
  const std::string& w = warnings.messages[0];
  EXPECT_EQ(w.rfind("Error detected in LogBackward0. Traceback of forward call that caused the "
                    "error:\n",
                    0),
            0u)
      << w;
  // The innermost frame outside the library is the function that called log.
  EXPECT_NE(w.find("test_anomaly.cpp:" + std::to_string(kLogLine)), std::string::npos) << w;
  EXPECT_NE(w.find("nan_in_log_backward"), std::string::npos) << w;
  EXPECT_NE(w.find("test_anomaly.cpp:" + std::to_string(line)), std::string::npos) << w;
}

TEST(Anomaly, OffByDefaultAndRestoredByGuard) {
  EXPECT_FALSE(ct::is_anomaly_enabled());
  {
    ct::detect_anomaly guard(/*check_nan=*/false);
    EXPECT_TRUE(ct::is_anomaly_enabled());
    EXPECT_FALSE(ct::is_anomaly_check_nan_enabled());
    {
      ct::detect_anomaly inner;
      EXPECT_TRUE(ct::is_anomaly_check_nan_enabled());
    }
    EXPECT_FALSE(ct::is_anomaly_check_nan_enabled());
  }
  EXPECT_FALSE(ct::is_anomaly_enabled());
  EXPECT_TRUE(ct::is_anomaly_check_nan_enabled());
}

TEST(Anomaly, WithoutAnomalyModeNanPassesSilently) {
  CapturedWarnings warnings;
  Tensor x = ct::tensor({0.0, 1.0}, ct::float64).requires_grad_();
  nan_in_log_backward(x).sum().backward();
  EXPECT_TRUE(std::isnan(x.grad().to_vector<double>()[0]));
  EXPECT_TRUE(warnings.messages.empty());
}

TEST(Anomaly, CheckNanOffOnlyReportsErrors) {
  CapturedWarnings warnings;
  Tensor x = ct::tensor({0.0, 1.0}, ct::float64).requires_grad_();
  ct::detect_anomaly guard(/*check_nan=*/false);
  nan_in_log_backward(x).sum().backward();
  EXPECT_TRUE(std::isnan(x.grad().to_vector<double>()[0]));
  EXPECT_TRUE(warnings.messages.empty());
  // Any other error in a backward node is preceded by the warning.
  Tensor y = (x * 2).exp();
  y.sum().backward();
  try {
    y.sum().backward();  // saved tensors were freed
    FAIL() << "no error";
  } catch (const ct::RuntimeError& e) {
    EXPECT_NE(std::string(e.what()).find("Specify retain_graph=True"), std::string::npos);
  }
  ASSERT_EQ(warnings.messages.size(), 1u);
  EXPECT_EQ(warnings.messages[0].rfind("Error detected in ExpBackward0.", 0), 0u);
}

TEST(Anomaly, NanInLaterOutputIsNamed) {
  Tensor a = ct::tensor({0.0}, ct::float64).requires_grad_();
  Tensor b = ct::tensor({0.0}, ct::float64).requires_grad_();
  CapturedWarnings warnings;
  ct::detect_anomaly guard;
  // d(a / b)/db = -a / b^2 = 0 / 0; d/da = 1 / b = inf (not NaN).
  Tensor y = (a / b).sum();
  try {
    y.backward();
    FAIL() << "no error";
  } catch (const ct::RuntimeError& e) {
    EXPECT_STREQ(e.what(), "Function 'DivBackward0' returned nan values in its 1th output.");
  }
}

}  // namespace

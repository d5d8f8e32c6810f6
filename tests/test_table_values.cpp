// Every row of the op table against PyTorch, in C++ and without Python:
// tests/table_values.inc holds what torch 1.13 gives on each row's own
// sample inputs (every output, and the gradient of the first output for the
// seed cotangent ((k mod 7) - 3) / 4), written by scripts/gen_table_values.py
// from the table itself. A row added to the table fails here until the
// script is run again (CTest's table_values_are_generated checks the file).
#include <cotangent/cotangent.h>
#include <cotangent/op_table.h>
#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace {

using ct::Tensor;
using TL = std::vector<Tensor>;

struct TorchEntry {
  const char* row;
  int sample;
  char what;  // 'o': output `index`; 'g': gradient of output 0 wrt input `index`
  int index;
  int ndim;
  int64_t shape[6];
  const char* dtype;
  size_t offset;  // of the values in kTorchValues
};
#include "table_values.inc"

Tensor seed_gradient(const Tensor& out) {
  std::vector<double> g(static_cast<size_t>(out.numel()));
  for (size_t k = 0; k < g.size(); ++k) g[k] = (static_cast<double>(k % 7) - 3) / 4;
  return ct::from_vector(g, out.shape()).to(out.dtype());
}

void expect_matches(const Tensor& got, const TorchEntry& e, const std::string& what) {
  SCOPED_TRACE(what);
  ASSERT_TRUE(got.defined());
  EXPECT_EQ(std::string(ct::dtype_name(got.dtype())), e.dtype);
  ASSERT_EQ(got.shape(), ct::Shape(e.shape, static_cast<size_t>(e.ndim)));
  const Tensor values = got.contiguous().to(ct::float64);
  const double* v = values.data_ptr<double>();
  for (int64_t k = 0; k < values.numel(); ++k) {
    const double want = kTorchValues[e.offset + static_cast<size_t>(k)];
    if (std::isnan(want)) {
      EXPECT_TRUE(std::isnan(v[k])) << "element " << k;
      continue;
    }
    EXPECT_NEAR(v[k], want, 1e-12 + 1e-10 * std::abs(want)) << "element " << k;
  }
}

TEST(OpTableTorchValues, EveryRowMatchesTorchOnItsSamples) {
  size_t next = 0;  // the entries are in table order
  const size_t count = sizeof(kTorchEntries) / sizeof(kTorchEntries[0]);
  for (const ct::OpInfo& op : ct::op_table()) {
    if (op.random) continue;
    SCOPED_TRACE(op.name);
    const auto samples = ct::sample_inputs(op);
    for (size_t k = 0; k < samples.size(); ++k) {
      TL inputs;
      for (const Tensor& t : samples[k])
        inputs.push_back(op.differentiable() && t.defined() && t.is_floating_point()
                             ? t.detach().clone().requires_grad_(true)
                             : t);
      const TL out = op.call(inputs);
      bool any_entry = false;
      for (; next < count && kTorchEntries[next].row == std::string(op.name) &&
             kTorchEntries[next].sample == static_cast<int>(k);
           ++next) {
        const TorchEntry& e = kTorchEntries[next];
        any_entry = true;
        const std::string what =
            std::string("sample ") + std::to_string(k) + " " + e.what + std::to_string(e.index);
        if (e.what == 'o') {
          ASSERT_LT(static_cast<size_t>(e.index), out.size());
          expect_matches(out[static_cast<size_t>(e.index)], e, what);
          continue;
        }
        const Tensor& input = inputs.at(static_cast<size_t>(e.index));
        ASSERT_TRUE(input.requires_grad()) << what;
        const TL g = ct::grad({out.at(0)}, {input}, {seed_gradient(out.at(0))}, true, false, true);
        expect_matches(g.at(0), e, what);
      }
      EXPECT_TRUE(any_entry) << "sample " << k
                             << ": no torch values; run scripts/gen_table_values.py";
    }
  }
  EXPECT_EQ(next, count) << "entries for rows no longer in the table";
}

}  // namespace

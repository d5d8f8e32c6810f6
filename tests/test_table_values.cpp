// Every row of the op table against PyTorch, in C++ and without Python:
// tests/table_values.inc holds what torch 1.13 gives on each row's own
// sample inputs and special inputs (op_table.h; every output, and the gradient of the first output
// for the seed cotangent ((k mod 7) - 3) / 4), and tests/table_edges.inc what it does with the
// row's edge inputs (op_table.h's edge_inputs: the exception class, or the outputs' dtype, shape
// and digest), both written by scripts/gen_table_values.py from the table itself. A row added to
// the table fails here until the script is run again (CTest's table_values_are_generated checks the
// files).
#include <cotangent/cotangent.h>
#include <cotangent/op_table.h>
#include <gtest/gtest.h>

#include <cctype>
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

struct EdgeEntry {
  const char* row;
  int input;
  const char* change;
  char outcome;  // 'O' output `index`, '?' random output, 'R','I','V','T','N' that class
                 // with torch's message (lowercase: another message), 'A' any ct::Error,
                 // 'D' a known deviation (tests/python/op_reference.py)
  int index;
  int ndim;
  int64_t shape[6];
  const char* dtype;
  double sum, sum_of_squares;  // of the finite elements
  int64_t nans;
  const char* message;  // torch's, for errors
};
#include "table_edges.inc"

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
    if (!std::isfinite(want)) {  // the same NaN or infinity
      EXPECT_TRUE(std::isnan(want) ? std::isnan(v[k]) : v[k] == want)
          << "element " << k << ": " << v[k] << ", torch " << want;
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
    auto samples = ct::sample_inputs(op);
    for (auto& special : ct::special_inputs(op)) samples.push_back(std::move(special));
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

// The ct:: class of an exception as the letter of table_edges.inc ('E' a
// plain ct::Error, 'X' anything else: a defect whatever torch does).
char error_letter(const std::exception_ptr& e, std::string& what) {
  try {
    std::rethrow_exception(e);
  } catch (const ct::RuntimeError& x) {
    what = x.what();
    return 'R';
  } catch (const ct::IndexError& x) {
    what = x.what();
    return 'I';
  } catch (const ct::ValueError& x) {
    what = x.what();
    return 'V';
  } catch (const ct::TypeError& x) {
    what = x.what();
    return 'T';
  } catch (const ct::NotImplementedError& x) {
    what = x.what();
    return 'N';
  } catch (const ct::Error& x) {
    what = x.what();
    return 'E';
  } catch (const std::exception& x) {
    what = x.what();
    return 'X';
  } catch (...) {
    return 'X';
  }
}

struct Geometry {
  bool defined;
  ct::Shape shape, strides;
  int64_t offset;
  ct::DType dtype;
  uint32_t version;
  std::vector<double> values;
};

Geometry geometry(const Tensor& t) {
  if (!t.defined()) return {false, {}, {}, 0, ct::float32, 0, {}};
  return {true,      t.shape(),    t.strides(),          t.storage_offset(),
          t.dtype(), t._version(), t.to_vector<double>()};
}

bool same(const Geometry& a, const Geometry& b) {
  if (a.defined != b.defined || a.shape != b.shape || a.strides != b.strides ||
      a.offset != b.offset || a.dtype != b.dtype || a.version != b.version ||
      a.values.size() != b.values.size())
    return false;
  for (size_t k = 0; k < a.values.size(); ++k)
    if (!(a.values[k] == b.values[k] || (std::isnan(a.values[k]) && std::isnan(b.values[k]))))
      return false;
  return true;
}

void expect_digest(const Tensor& got, const EdgeEntry& e, const std::string& what) {
  ASSERT_TRUE(got.defined()) << what;
  EXPECT_EQ(std::string(ct::dtype_name(got.dtype())), e.dtype) << what;
  ASSERT_EQ(got.shape(), ct::Shape(e.shape, static_cast<size_t>(e.ndim))) << what;
  if (e.outcome == '?') return;
  double sum = 0, squares = 0;
  int64_t nans = 0;
  for (double v : got.to_vector<double>()) {
    if (std::isnan(v)) ++nans;
    if (!std::isfinite(v)) continue;
    sum += v;
    squares += v * v;
  }
  // float32 results: torch's and ours may round each element differently
  const double scale = std::sqrt(e.sum_of_squares * static_cast<double>(got.numel())) + 1e-12;
  EXPECT_NEAR(sum, e.sum, 1e-5 * scale) << what;
  EXPECT_NEAR(squares, e.sum_of_squares, 1e-5 * e.sum_of_squares + 1e-12) << what;
  EXPECT_EQ(nans, e.nans) << what;
}

// Every row on its edge inputs: no crash, no foreign exception, no input
// changed, and torch's outcome: its exception class, or its outputs.
TEST(OpTableEdgeInputs, EveryRowMatchesTorchOnItsEdgeInputs) {
  size_t next = 0;
  const size_t count = sizeof(kEdgeEntries) / sizeof(kEdgeEntries[0]);
  for (const ct::OpInfo& op : ct::op_table()) {
    for (const ct::EdgeInput& edge : ct::edge_inputs(op)) {
      const std::string what =
          std::string(op.name) + ": input " + std::to_string(edge.input) + " " + edge.change;
      ASSERT_LT(next, count) << what << ": no torch outcome; run scripts/gen_table_values.py";
      const EdgeEntry& first = kEdgeEntries[next];
      ASSERT_TRUE(first.row == std::string(op.name) && first.input == edge.input &&
                  first.change == std::string(edge.change))
          << what << ": no torch outcome; run scripts/gen_table_values.py";
      std::vector<Geometry> before;
      for (const Tensor& t : edge.inputs) before.push_back(geometry(t));
      TL out;
      std::exception_ptr error;
      try {
        out = op.call(edge.inputs);
      } catch (...) {
        error = std::current_exception();
      }
      std::string message;
      const char got = error ? error_letter(error, message) : 'O';
      EXPECT_NE(got, 'X') << what << ": not a ct::Error: " << message;
      for (size_t i = 0; i < edge.inputs.size(); ++i)
        EXPECT_TRUE(same(before[i], geometry(edge.inputs[i])))
            << what << ": input " << i << " changed";
      const char want = first.outcome;
      size_t outputs = 0;
      for (; next < count && kEdgeEntries[next].row == std::string(op.name) &&
             kEdgeEntries[next].input == edge.input &&
             kEdgeEntries[next].change == std::string(edge.change);
           ++next, ++outputs) {
        const EdgeEntry& e = kEdgeEntries[next];
        if (want != 'O' && want != '?') continue;  // errors and deviations: below
        // A variant row that fixes an optional tensor (op_rows.h's
        // require_defined) refuses it undefined where torch takes None.
        if (error && std::string(edge.change) == "undefined" && got == 'V' &&
            message.find("this variant of the op takes a defined tensor") != std::string::npos)
          continue;
        ASSERT_FALSE(error) << what << ": torch returns a value; cotangent throws " << got << ": "
                            << message;
        ASSERT_LT(static_cast<size_t>(e.index), out.size()) << what;
        expect_digest(out[static_cast<size_t>(e.index)], e, what);
      }
      if (want == 'O' || want == '?') {
        if (!error) EXPECT_EQ(out.size(), outputs) << what;
      } else if (want == 'A') {
        EXPECT_TRUE(error) << what << ": torch refuses None; cotangent returns";
      } else if (want != 'D') {
        const char cls = static_cast<char>(std::toupper(static_cast<unsigned char>(want)));
        EXPECT_EQ(got, cls) << what << ": torch raises " << cls << ": " << first.message
                            << "; cotangent: " << (error ? message : "returns");
        if (want == cls && got == cls)
          EXPECT_NE(message.find(first.message), std::string::npos)
              << what << ": torch says: " << first.message << "\n  cotangent: " << message;
      }
    }
  }
  EXPECT_EQ(next, count) << "entries for rows or edges no longer in the table";
}

}  // namespace

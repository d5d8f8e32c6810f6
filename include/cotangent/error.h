// Exceptions. Every error the library raises derives from ct::Error; the
// subclasses are named after the Python exception PyTorch raises.
#pragma once
#include <stdexcept>
#include <string>

namespace ct {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};
class TypeError : public Error {
 public:
  using Error::Error;
};
class RuntimeError : public Error {
 public:
  using Error::Error;
};
class ValueError : public Error {
 public:
  using Error::Error;
};
class IndexError : public Error {
 public:
  using Error::Error;
};
class NotImplementedError : public Error {
 public:
  using Error::Error;
};
// Raised where PyTorch uses a Python `assert` (a bad `strategy` string).
class AssertionError : public Error {
 public:
  using Error::Error;
};

}  // namespace ct

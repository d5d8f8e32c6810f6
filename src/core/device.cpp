#include "cotangent/device.h"

#include <cctype>

#include "cotangent/error.h"

namespace ct {

namespace {
// torch 1.13's device types, in the order its parser lists them.
constexpr const char* kTypes[] = {
    "cpu",  "cuda", "ipu", "xpu",  "mkldnn", "opengl", "opencl", "ideep", "hip",          "ve",
    "fpga", "ort",  "xla", "lazy", "vulkan", "mps",    "meta",   "hpu",   "privateuseone"};

std::string type_list() {
  std::string r;
  for (const char* t : kTypes) r += (r.empty() ? "" : ", ") + std::string(t);
  return r;
}
}  // namespace

Device::Device(DeviceType type, int index)
    : type_(type), index_(index), name_(type == DeviceType::CPU ? "cpu" : "cuda") {
  if (index < -1) throw RuntimeError("Device index must not be negative");
}

Device::Device(const std::string& spec) : type_(DeviceType::CPU), index_(-1) {
  if (spec.empty()) throw RuntimeError("Device string must not be empty");
  const size_t colon = spec.find(':');
  name_ = spec.substr(0, colon);
  bool known = false;
  for (const char* t : kTypes) known = known || name_ == t;
  if (!known)
    throw RuntimeError("Expected one of " + type_list() +
                       " device type at start of device string: " + spec);
  type_ = name_ == "cpu" ? DeviceType::CPU : name_ == "cuda" ? DeviceType::CUDA : DeviceType::Other;
  if (colon != std::string::npos) {
    const std::string idx = spec.substr(colon + 1);
    bool digits = !idx.empty() && idx.size() < 10;
    for (char c : idx) digits = digits && std::isdigit(static_cast<unsigned char>(c));
    if (!digits || (idx.size() > 1 && idx[0] == '0'))
      throw RuntimeError("Invalid device string: '" + spec + "'");
    index_ = std::stoi(idx);
  }
}

std::string Device::str() const {
  return index_ < 0 ? name_ : name_ + ":" + std::to_string(index_);
}

}  // namespace ct

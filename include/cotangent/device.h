// Devices, as torch::Device. cotangent computes on the CPU: "cpu", "cpu:0"
// and ct::kCPU are accepted wherever LibTorch takes a device (Tensor::to,
// Tensor::device); naming another device type parses as in torch, and
// moving a tensor there raises torch's error for a build without it.
#pragma once
#include <string>

namespace ct {

enum class DeviceType { CPU, CUDA, Other };
inline constexpr DeviceType kCPU = DeviceType::CPU;
inline constexpr DeviceType kCUDA = DeviceType::CUDA;

class Device {
 public:
  Device(DeviceType type = DeviceType::CPU, int index = -1);
  // "cpu", "cpu:0", "cuda:1", ... (torch's parser and its errors)
  Device(const std::string& spec);
  Device(const char* spec) : Device(std::string(spec)) {}

  DeviceType type() const { return type_; }
  int index() const { return index_; }
  bool has_index() const { return index_ >= 0; }
  bool is_cpu() const { return type_ == DeviceType::CPU; }
  std::string str() const;  // "cpu", "cuda:0"
  bool operator==(const Device& o) const { return type_ == o.type_ && index_ == o.index_; }

 private:
  DeviceType type_;
  int index_;
  std::string name_;  // the type's name as written
};

}  // namespace ct

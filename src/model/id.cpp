#include "model/id.h"

namespace cdp {

namespace {

bool is_lower_or_digit(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace

bool is_address_id(std::string_view id) {
  if (id.empty()) return false;
  for (unsigned char c : id) {
    if (!is_lower_or_digit(c) && c != '-' && c != '_') return false;
  }
  return true;
}

std::string suggested_id(std::string_view text) {
  std::string id;
  bool gap = false;  // a run of other characters since the last letter or digit
  for (unsigned char c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    if (!is_lower_or_digit(c)) {
      gap = true;
      continue;
    }
    if (gap && !id.empty()) id += '-';
    gap = false;
    id += static_cast<char>(c);
  }
  return id;
}

}  // namespace cdp

#pragma once
// A mistake or a problem a user can fix, outside a source file (a missing build, a
// refused login, a file that would be overwritten): a plain-English message and how to
// fix it. The command line prints it like a diagnostic and exits with 1.
#include <stdexcept>
#include <string>

namespace cdp {

struct UserError : std::runtime_error {
  UserError(const std::string& message, std::string hint) : std::runtime_error(message), hint(std::move(hint)) {}
  std::string hint;  // how to fix it
};

}  // namespace cdp

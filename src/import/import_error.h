#pragma once
// Why a file given to `cdpsite import` cannot become a page: a plain-English message
// and what to do in Word. The import command prints it at the file's path and writes
// nothing.
#include <string>

#include "core/user_error.h"

namespace cdp {

struct ImportError : UserError {
  using UserError::UserError;
};

}  // namespace cdp

#pragma once
// Whether text given as one email address (a partnership's [contact] email) is one: the
// site shows it as a mailto: link, which a visitor's mail program must be able to use.
#include <optional>
#include <string>
#include <string_view>

namespace cdp {

struct EmailProblem {
  std::string problem;  // what is wrong, after the key's name: "is not an email address: it has no @"
  std::string meant;    // the address to write instead ("" when it cannot be guessed)
};

// What is wrong with `text` as a single email address, or nullopt when nothing is.
std::optional<EmailProblem> email_address_problem(std::string_view text);

}  // namespace cdp

#include "model/email_address.h"

#include <algorithm>

namespace cdp {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

// The first of several addresses written in one text: up to the first comma,
// semicolon, slash or space after its @.
std::string first_address(std::string_view text) {
  std::size_t at = text.find('@');
  std::size_t end = text.find_first_of(",; /\t", at);
  return std::string(trimmed(text.substr(0, end)));
}

// "cdp at example.gov.uk" -> "cdp@example.gov.uk", as people write to fool spam robots.
std::string with_at_sign(std::string_view text) {
  for (std::string_view spelled : {" at ", " [at] ", " (at) ", "[at]", "(at)"}) {
    std::size_t found = text.find(spelled);
    if (found != std::string_view::npos) {
      return std::string(trimmed(text.substr(0, found))) + "@" + std::string(trimmed(text.substr(found + spelled.size())));
    }
  }
  return "";
}

bool has_dot_inside(std::string_view domain) {
  std::size_t dot = domain.find('.');
  return dot != std::string_view::npos && dot > 0 && domain.back() != '.';
}

}  // namespace

std::optional<EmailProblem> email_address_problem(std::string_view text) {
  std::string_view address = trimmed(text);
  if (address.starts_with("mailto:")) {
    return EmailProblem{"has mailto: in front, which cdpsite adds itself", std::string(address.substr(7))};
  }
  std::size_t signs = static_cast<std::size_t>(std::count(address.begin(), address.end(), '@'));
  if (signs == 0) return EmailProblem{"is not an email address: it has no @", with_at_sign(address)};
  if (signs > 1) return EmailProblem{"holds more than one email address, and a contact link can only open one", first_address(address)};
  if (std::any_of(address.begin(), address.end(), is_space)) {
    std::string joined;
    std::copy_if(address.begin(), address.end(), std::back_inserter(joined), [](char c) { return !is_space(c); });
    return EmailProblem{"has spaces in it, which an email address cannot have", joined};
  }
  std::size_t at = address.find('@');
  if (at == 0 || !has_dot_inside(address.substr(at + 1))) {
    return EmailProblem{"is not a whole email address: it needs a name, an @ and a domain such as example.gov.uk", ""};
  }
  return std::nullopt;
}

}  // namespace cdp

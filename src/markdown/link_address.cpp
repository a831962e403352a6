#include "markdown/link_address.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace cdp {

namespace {

constexpr std::array<std::string_view, 4> kAllowedSchemes = {"http", "https", "mailto", "tel"};

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The address without the spaces and control characters a browser skips before it.
std::string_view trimmed(const std::string& url) {
  std::size_t start = 0;
  while (start < url.size() && static_cast<unsigned char>(url[start]) <= ' ') ++start;
  return std::string_view(url).substr(start);
}

// "C:\Users\...", "C:/Users/..." or "\\server\share\..." (Markdown turns the two
// backslashes into one): a path on a Windows computer, which no reader can open.
bool is_windows_path(std::string_view url) {
  if (url.size() >= 3 && is_ascii_letter(url[0]) && url[1] == ':' && (url[2] == '\\' || url[2] == '/')) return true;
  return url.starts_with('\\');
}

// "docs\plan.docx": a file of the site with its folders written as Windows writes them.
bool has_backslash_before_query(std::string_view url) {
  return url.substr(0, url.find_first_of("?#")).find('\\') != std::string_view::npos;
}

std::string with_slashes(std::string_view url) {
  std::string slashed(url);
  std::replace(slashed.begin(), slashed.end(), '\\', '/');
  return slashed;
}

// The scheme of `url` in lower case ("javascript"), tabs and line breaks dropped as a
// browser drops them; "" when the address has none (it is relative).
std::string scheme_of(std::string_view url) {
  std::string scheme;
  for (char c : url) {
    if (c == '\t' || c == '\n' || c == '\r') continue;
    if (c == ':') return scheme;
    bool allowed = is_ascii_letter(c) || (!scheme.empty() && (std::isdigit(static_cast<unsigned char>(c)) ||
                                                              c == '+' || c == '-' || c == '.'));
    if (!allowed) return "";
    scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return "";
}

std::string what(bool is_image) { return is_image ? "this picture" : "this link"; }

LinkAddressProblem on_own_computer(std::string_view url, bool is_image) {
  return {what(is_image) + " goes to " + std::string(url) +
              ", a file on your own computer, which readers of the site cannot open",
          "copy the file into the site (beside this page, or into static/) and link to it there, e.g. "
          "[Delivery plan](delivery-plan.docx)"};
}

}  // namespace

std::optional<LinkAddressProblem> link_address_problem(const std::string& url, bool is_image) {
  std::string_view address = trimmed(url);
  if (is_windows_path(address)) return on_own_computer(address, is_image);
  std::string scheme = scheme_of(address);
  if (scheme.empty() && has_backslash_before_query(address)) {
    return LinkAddressProblem{what(is_image) + " goes to " + std::string(address) +
                                  ", with \\ between its folders, which only Windows understands",
                              "web addresses use /: write it as " + with_slashes(address)};
  }
  if (scheme.empty()) return std::nullopt;
  if (scheme == "file") return on_own_computer(address, is_image);
  if (std::find(kAllowedSchemes.begin(), kAllowedSchemes.end(), scheme) != kAllowedSchemes.end()) return std::nullopt;
  return LinkAddressProblem{
      what(is_image) + "'s address starts with " + scheme + ":, which a published page cannot link to",
      is_image ? "put the picture's file into the site and give its name, e.g. ![Chart of referrals](referrals.png)"
               : "start a link with https://, http://, mailto: or tel:, or link to a file of the site, e.g. "
                 "[About us](../about.md)"};
}

}  // namespace cdp

#include "serve/upload_name.h"

#include "core/fs.h"
#include "core/platform.h"

namespace cdp {

namespace {

// Letters and digits lower-cased, every other run of characters one dash.
std::string slug_of(std::string_view text) {
  std::string slug;
  for (char c : text) {
    bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
      letter = true;
    }
    if (letter) {
      slug += c;
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

}  // namespace

std::string address_friendly_name(std::string_view name) {
  std::size_t slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  std::string_view extension = extension_of(name);
  std::string stem = slug_of(name.substr(0, name.size() - extension.size()));
  return (stem.empty() ? "file" : stem) + slug_of(extension).insert(0, extension.empty() ? "" : ".");
}

std::string free_upload_name(const std::filesystem::path& folder, std::string_view name) {
  std::string chosen = address_friendly_name(name);
  std::string extension(extension_of(chosen));
  std::string stem = chosen.substr(0, chosen.size() - extension.size());
  std::error_code ec;
  for (int number = 2; std::filesystem::exists(folder / u8_path(chosen), ec); ++number) {
    chosen = stem + "-" + std::to_string(number) + extension;
  }
  return chosen;
}

}  // namespace cdp

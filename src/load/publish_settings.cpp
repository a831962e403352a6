#include "load/publish_settings.h"

#include <algorithm>

#include "core/fs.h"
#include "core/text_file.h"

namespace cdp {

namespace {

const std::vector<std::string>& publish_keys() {
  static const std::vector<std::string> keys = {"cache_control"};
  return keys;
}

// One line of printable ASCII: a header's value (a line break would start another header).
bool is_header_value(const std::string& text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7f;
  });
}

}  // namespace

PublishSettings read_publish_settings(const toml::table& table, TomlReader& reader) {
  PublishSettings settings;
  const toml::table* publish = reader.table_at(table, "publish");
  if (!publish) return settings;
  reader.read(*publish, "cache_control", settings.cache_control);
  reader.reject_unknown_keys(*publish, publish_keys(), "the [publish] table of site.toml");
  if (settings.cache_control.present() && !is_header_value(settings.cache_control.value)) {
    reader.error(settings.cache_control.pos, "`cache_control` must be one line of plain text, as a web server sends it",
                 "write it as cache_control = \"max-age=300\" (browsers keep each page five minutes)");
  }
  return settings;
}

std::optional<PublishSettings> load_publish_settings(const std::filesystem::path& path, const std::string& display_path,
                                                     Diagnostics& diagnostics) {
  std::optional<std::string> text = read_file(path);
  if (!text) return PublishSettings{};  // no site.toml: nothing set
  SourceFile file(display_path, std::move(*text));
  if (std::optional<Diagnostic> problem = text_file_problem(file, "save the file as UTF-8 in your editor")) {
    diagnostics.add(std::move(*problem));
    return std::nullopt;
  }
  TomlReader reader(file, 1, diagnostics);
  std::optional<toml::table> table = reader.parse(file.text());
  if (!table) return std::nullopt;
  PublishSettings settings = read_publish_settings(*table, reader);
  if (reader.errors() > 0) return std::nullopt;
  return settings;
}

}  // namespace cdp

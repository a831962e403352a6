#pragma once
// The [publish] table of site.toml: how `cdpsite publish` stores the site. Checked with
// the rest of site.toml by every build, read again by `cdpsite publish`.
#include <filesystem>
#include <optional>
#include <string>

#include <toml++/toml.h>

#include "core/diagnostic.h"
#include "load/toml_reader.h"

namespace cdp {

struct PublishSettings {
  // cache_control: the Cache-Control that S3 and Azure Storage send browsers with each
  // file ("" for none: they decide).
  Located<std::string> cache_control;
};

// Reads and checks the [publish] table of site.toml's top-level `table`, if it has one.
PublishSettings read_publish_settings(const toml::table& table, TomlReader& reader);

// The settings of the site.toml at `path` (shown as `display_path`); nullopt, with the
// problems reported, when it cannot be read or its [publish] table is wrong.
std::optional<PublishSettings> load_publish_settings(const std::filesystem::path& path, const std::string& display_path,
                                                     Diagnostics& diagnostics);

}  // namespace cdp

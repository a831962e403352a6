#pragma once
// Reads and validates site.toml, the site-wide settings.
#include <filesystem>
#include <optional>

#include "core/diagnostic.h"
#include "model/site.h"

namespace cdp {

// The title `cdpsite new site` writes when it is not given one (--title): `check`
// reports it, so that no site is published under it.
inline constexpr const char* kPlaceholderTitle = "Replace this with the site's title";

// The keys site.toml may hold at the top level and in its [markdown] table.
const std::vector<std::string>& site_config_keys();
const std::vector<std::string>& markdown_config_keys();
// The names of the authoring rules, the keys site.toml's [checks] table may hold.
const std::vector<std::string>& authoring_rule_names();

// Reads `path` (shown to the user as `display_path`) into a SiteConfig. A missing file
// is an error (every site has one); problems are reported and give nullopt.
std::optional<SiteConfig> load_site_config(const std::filesystem::path& path,
                                           const std::string& display_path,
                                           Diagnostics& diagnostics);

// Validates and reads the text of a site.toml already in memory.
std::optional<SiteConfig> parse_site_config(const SourceFile& file, Diagnostics& diagnostics);

}  // namespace cdp

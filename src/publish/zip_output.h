#pragma once
// A zip of the built site, for a CMS team to upload: the same bytes for the same site
// (files in path order, every one dated 1 January 2000), written under a temporary
// name and renamed into place.
#include <filesystem>

namespace cdp {

// Writes every file of `site` into the zip `file`; returns the number of files.
std::size_t write_site_zip(const std::filesystem::path& site, const std::filesystem::path& file);

}  // namespace cdp

#pragma once
// The name a picture or document dropped into the editor is saved under, beside its
// page: the file's own name made fit for a web address (lower case letters, digits and
// dashes; its extension kept), and a number added when the folder has that name already,
// so that nothing is overwritten.
#include <filesystem>
#include <string>
#include <string_view>

namespace cdp {

// "Chart of Deaths (2024).PNG" -> "chart-of-deaths-2024.png".
std::string address_friendly_name(std::string_view name);

// address_friendly_name(name), or with "-2", "-3"... before its extension when
// `folder` holds a file of that name.
std::string free_upload_name(const std::filesystem::path& folder, std::string_view name);

}  // namespace cdp

#pragma once
// The Content-Type of a file of a built site, by its extension (text with
// charset=utf-8): what the preview server sends and what cloud storage is told to send.
#include <string>

namespace cdp {

std::string content_type_for(const std::string& path);

}  // namespace cdp

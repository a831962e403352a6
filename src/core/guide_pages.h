#pragma once
// The user guide that ships with cdpsite (guide/, built into share/cdpsite/guide): its
// pages as `cdpsite help` names them, and where the built guide is.
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace cdp {

// A page of the guide: its topic is its file's name in guide/ and its folder in the
// built guide (tests/guide_pages_test.cpp holds this list and guide/ together).
struct GuideTopic {
  const char* topic;    // "getting-started"
  const char* summary;  // "install cdpsite and make a first site"
};

// The guide's pages, in the guide's order.
std::span<const GuideTopic> guide_topics();

// The topic named `text` ("data", "Data"), or nullptr.
const GuideTopic* guide_topic_named(std::string_view text);

// The built guide's folder: guide-site beside a binary in its build tree, or
// share/cdpsite/guide where cdpsite looks for what it ships with; nullopt when none.
std::optional<std::filesystem::path> installed_guide();

// The page of `topic` in the built guide `guide`; its front page for nullptr.
std::filesystem::path guide_page(const std::filesystem::path& guide, const GuideTopic* topic);

}  // namespace cdp

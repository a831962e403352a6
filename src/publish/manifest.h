#pragma once
// What a publish compares: a manifest of every file of a built site with the SHA-256 of
// its content. The target keeps the manifest of what it holds; only files whose hash
// differs are sent, so timestamps never matter and an unchanged site sends nothing.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cdp {

// Path ('/'-separated, relative to the site root) -> SHA-256 in hex.
using Manifest = std::map<std::string, std::string>;

// Kept at the top of the target; never part of the site itself.
inline constexpr const char* kManifestName = ".cdpsite-manifest.json";
// A file being sent has this added to its name until it is complete and renamed.
inline constexpr const char* kPartSuffix = ".cdpsite-part";

// The manifest of every file under `site`. Throws PublishError when anything in it is
// a link that leads out of it.
Manifest manifest_of_folder(const std::filesystem::path& site);

std::string sha256_of_file(const std::filesystem::path& file);

// As JSON, in path order: {"files": {"index.html": "ab12..."}}.
std::string manifest_json(const Manifest& manifest);
// nullopt when the text is not a manifest (then everything is sent again).
std::optional<Manifest> parse_manifest(std::string_view json);

struct PublishPlan {
  std::vector<std::string> send;    // new or changed, in path order
  std::vector<std::string> remove;  // no longer in the site, deepest first
  std::size_t unchanged = 0;        // same hash on both sides
};

PublishPlan plan_publish(const Manifest& local, const Manifest& remote);

}  // namespace cdp

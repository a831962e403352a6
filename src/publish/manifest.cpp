#include "publish/manifest.h"

#include "core/platform.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <Poco/DigestEngine.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>
#include <Poco/SHA2Engine.h>

#include "core/link_out.h"
#include "publish/target.h"

namespace cdp {

std::string sha256_of_file(const std::filesystem::path& file) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  std::ifstream in(file, std::ios::binary);
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) engine.update(buffer, static_cast<unsigned>(in.gcount()));
  return Poco::DigestEngine::digestToHex(engine.digest());
}

Manifest manifest_of_folder(const std::filesystem::path& site) {
  Manifest manifest;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(site)) {
    // Lexically: relative() would resolve a link inside the site to the file it names.
    std::string path = u8_generic(entry.path().lexically_relative(site));
    // A build never makes links: one that leads out was put there by hand, and what it
    // points to is no part of the site.
    if (is_link_out_of(site, entry.path())) {
      throw PublishError(u8_string(entry.path()) + " is a link to something outside the built site, so nothing was published",
                         "delete the link and run `cdpsite build` again");
    }
    if (!entry.is_regular_file() || path == kManifestName) continue;
    manifest[path] = sha256_of_file(entry.path());
  }
  return manifest;
}

std::string manifest_json(const Manifest& manifest) {
  std::string json = "{\"files\": {";
  bool first = true;
  for (const auto& [path, hash] : manifest) {
    std::ostringstream key;
    Poco::JSON::Stringifier::formatString(path, key);
    json += (first ? "\n  " : ",\n  ") + key.str() + ": \"" + hash + "\"";
    first = false;
  }
  return json + "\n}}\n";
}

std::optional<Manifest> parse_manifest(std::string_view json) {
  try {
    Poco::JSON::Parser parser;
    auto root = parser.parse(std::string(json)).extract<Poco::JSON::Object::Ptr>();
    auto files = root->getObject("files");
    if (!files) return std::nullopt;
    Manifest manifest;
    for (const auto& [path, hash] : *files) manifest[path] = hash.toString();
    return manifest;
  } catch (const Poco::Exception&) {
    return std::nullopt;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

PublishPlan plan_publish(const Manifest& local, const Manifest& remote) {
  PublishPlan plan;
  for (const auto& [path, hash] : local) {
    auto there = remote.find(path);
    if (there != remote.end() && there->second == hash) {
      ++plan.unchanged;
    } else {
      plan.send.push_back(path);
    }
  }
  for (const auto& [path, hash] : remote) {
    if (!local.count(path)) plan.remove.push_back(path);
  }
  // Deepest first, so that emptied folders can go after their files.
  std::stable_sort(plan.remove.begin(), plan.remove.end(), [](const std::string& a, const std::string& b) {
    return std::count(a.begin(), a.end(), '/') > std::count(b.begin(), b.end(), '/');
  });
  return plan;
}

}  // namespace cdp

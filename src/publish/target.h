#pragma once
// Where a site is published: a folder on a web server or an FTP/FTPS account. Every
// target sends a file under a temporary name and renames it into place, so a reader
// never gets half a file.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/user_error.h"

namespace cdp {

// A problem publishing, in plain English, with how to fix it.
struct PublishError : UserError {
  using UserError::UserError;
};

class PublishTarget {
 public:
  virtual ~PublishTarget() = default;
  // "the folder /var/www/drugs", "ftp://user@host/path", for messages.
  virtual std::string describe() const = 0;
  // The text of the file at `path`, or nullopt when there is none.
  virtual std::optional<std::string> read_text(const std::string& path) = 0;
  // Sends `local` to `path` under a temporary name, then renames it into place.
  virtual void put(const std::string& path, const std::filesystem::path& local) = 0;
  // The same for text (the manifest).
  virtual void put_text(const std::string& path, const std::string& text) = 0;
  // Deletes the file at `path`, and its folder when that leaves it empty.
  virtual void remove(const std::string& path) = 0;
  // Deletes what an interrupted publish left under temporary names in `folders`.
  virtual void remove_leftovers(const std::vector<std::string>& folders) = 0;
};

}  // namespace cdp

#include "import/zip_reader.h"

#include <Poco/Exception.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <exception>

#include "import/import_error.h"

namespace cdp {

namespace {

[[noreturn]] void throw_damaged() {
  throw ImportError("the Word file is damaged: its contents cannot be unpacked",
                    "open it in Word and save it again (File > Save As > Word Document), then import the new file");
}

[[noreturn]] void throw_bomb() {
  throw ImportError("the Word file would unpack to far more than it holds, as a deliberately harmful file does",
                    "open it in Word and save it again (File > Save As > Word Document); if it still fails, "
                    "ask whoever sent it where it came from");
}

bool is_drive_letter_path(const std::string& name) {
  return name.size() >= 2 && name[1] == ':' &&
         ((name[0] >= 'A' && name[0] <= 'Z') || (name[0] >= 'a' && name[0] <= 'z'));
}

// A name from the archive as a message may show it: control characters as "?".
std::string printable(const std::string& name) {
  std::string out = name.substr(0, 200);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
  }
  return out;
}

}  // namespace

bool is_safe_entry_name(const std::string& name) {
  if (name.empty() || name.front() == '/' || name.front() == '\\' || is_drive_letter_path(name)) return false;
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = name.find_first_of("/\\", start);
    if (end == std::string::npos) end = name.size();
    if (name.compare(start, end - start, "..") == 0 && end - start == 2) return false;
    start = end + 1;
  }
  return true;
}

ZipReader::ZipReader(std::string bytes, ZipLimits limits) : stream_(std::move(bytes)), limits_(limits) {
  try {
    archive_ = std::make_unique<Poco::Zip::ZipArchive>(stream_);
  } catch (const std::exception&) {
    throw_damaged();
  }
  if (archive_->headerBegin() == archive_->headerEnd()) throw_damaged();
  for (auto it = archive_->headerBegin(); it != archive_->headerEnd(); ++it) {
    if (!is_safe_entry_name(it->first)) {
      throw ImportError("the Word file holds a part named \"" + printable(it->first) +
                            "\", outside the document, as a deliberately harmful file does",
                        "open it in Word and save it again (File > Save As > Word Document), then import the new file");
    }
  }
}

ZipReader::~ZipReader() = default;

std::vector<std::string> ZipReader::names() const {
  std::vector<std::string> names;
  for (auto it = archive_->headerBegin(); it != archive_->headerEnd(); ++it) names.push_back(it->first);
  return names;
}

bool ZipReader::has(const std::string& name) const { return archive_->findHeader(name) != archive_->headerEnd(); }

std::optional<std::string> ZipReader::read(const std::string& name) {
  auto header = archive_->findHeader(name);
  if (header == archive_->headerEnd()) return std::nullopt;
  std::uint64_t packed = header->second.getCompressedSize();
  std::string out;
  try {
    stream_.clear();
    Poco::Zip::ZipInputStream entry(stream_, header->second, true);
    char chunk[1 << 16];
    while (entry.read(chunk, sizeof chunk) || entry.gcount() > 0) {
      std::uint64_t got = static_cast<std::uint64_t>(entry.gcount());
      unpacked_ += got;
      out.append(chunk, got);
      bool over_ratio = out.size() > limits_.ratio_floor && out.size() / std::max<std::uint64_t>(packed, 1) > limits_.max_ratio;
      if (unpacked_ > limits_.max_total || over_ratio) throw_bomb();
    }
    if (entry.bad()) throw_damaged();
  } catch (const ImportError&) {
    throw;
  } catch (const std::exception&) {
    throw_damaged();
  }
  return out;
}

}  // namespace cdp

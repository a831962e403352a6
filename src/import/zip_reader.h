#pragma once
// A .docx is a zip file. ZipReader lists its entries and unpacks one at a time into
// memory, never onto disk, so a hostile archive cannot write anywhere. It refuses an
// archive whose entry names climb out of it ("../", "/etc", "C:\") and stops unpacking
// when the entries would unpack to far more than the file holds (a "zip bomb").
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace Poco::Zip {
class ZipArchive;
}

namespace cdp {

// The limits that stop a zip bomb: an entry over kRatioFloor bytes may unpack to at most
// kMaxRatio times its packed size, and all the entries read, to kMaxTotal bytes.
struct ZipLimits {
  std::uint64_t max_total = 256ull << 20;   // bytes unpacked in all, over every entry read
  std::uint64_t max_ratio = 200;            // unpacked / packed, for an entry over ratio_floor
  std::uint64_t ratio_floor = 1ull << 20;   // entries smaller than this are never refused by ratio
};

class ZipReader {
 public:
  // Reads the archive's directory from `bytes` (the whole file); throws ImportError when
  // it is not a zip file or names an entry outside itself.
  explicit ZipReader(std::string bytes, ZipLimits limits = {});
  ~ZipReader();
  ZipReader(const ZipReader&) = delete;
  ZipReader& operator=(const ZipReader&) = delete;

  // Every entry's name, as the archive spells it ("word/document.xml"), sorted.
  std::vector<std::string> names() const;
  bool has(const std::string& name) const;
  // The entry's unpacked bytes, or nullopt when there is no such entry; throws
  // ImportError when it is damaged or unpacks past the limits.
  std::optional<std::string> read(const std::string& name);

 private:
  std::istringstream stream_;                       // the whole file, read by Poco
  std::unique_ptr<Poco::Zip::ZipArchive> archive_;  // its directory
  ZipLimits limits_;                                // what stops a zip bomb
  std::uint64_t unpacked_ = 0;                      // bytes unpacked so far, by every read
};

// Whether an entry's name stays inside the archive: no "..", no absolute path, no drive.
bool is_safe_entry_name(const std::string& name);

}  // namespace cdp

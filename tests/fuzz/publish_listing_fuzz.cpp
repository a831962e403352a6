// Fuzzes what the publish targets read from servers: the same bytes as an S3 listing,
// an Azure listing and an error reply of either (XML, external entities off), and, split
// at line ends, as the names of an SFTP folder listing.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "publish/cloud_xml.h"
#include "publish/sftp_address.h"
#include "publish/target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  for (auto parse : {cdp::parse_s3_listing, cdp::parse_azure_listing}) {
    try {
      parse(text);
    } catch (const cdp::PublishError&) {
      // Not XML: reported in plain words.
    }
  }
  cdp::parse_cloud_error(text);
  std::vector<std::string> names;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) names.push_back(line);
  cdp::leftover_names(names);
  return 0;
}

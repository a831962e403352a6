#include "publish/zip_output.h"

#include <fstream>

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>

#include "core/platform.h"
#include "publish/manifest.h"
#include "publish/target.h"

namespace cdp {

std::size_t write_site_zip(const std::filesystem::path& site, const std::filesystem::path& file) {
  Manifest files = manifest_of_folder(site);  // in path order
  std::filesystem::path part = file;
  part += kPartSuffix;
  {
    std::ofstream out(part, std::ios::binary);
    if (!out) throw PublishError("cannot write " + u8_string(part), "check the folder exists and that you may write there");
    Poco::Zip::Compress zip(out, true);
    const Poco::DateTime fixed(2000, 1, 1);
    for (const auto& [path, hash] : files) {
      std::ifstream in(site / path, std::ios::binary);
      zip.addFile(in, fixed, Poco::Path(path, Poco::Path::PATH_UNIX), Poco::Zip::ZipCommon::CM_DEFLATE,
                  Poco::Zip::ZipCommon::CL_MAXIMUM);
    }
    zip.close();
  }
  std::error_code ec;
  ec = rename_retrying(part, file);
  if (ec) throw PublishError("cannot write " + u8_string(file) + ": " + ec.message(), "check the folder and its permissions");
  return files.size();
}

}  // namespace cdp

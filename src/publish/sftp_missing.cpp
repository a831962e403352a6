// A build without libssh2 (the Windows zip until scripts/windows cross-builds it): SFTP
// is refused in plain words, and every other target works.
#include "publish/sftp_target.h"

namespace cdp {

std::unique_ptr<PublishTarget> open_sftp_target(SftpAddress, SftpLogin) {
  throw PublishError("this build of cdpsite cannot publish by SFTP (it was built without libssh2)",
                     "publish from a cdpsite built with SFTP (the Linux package), or use --ftp, --azure, --s3 or --zip");
}

}  // namespace cdp

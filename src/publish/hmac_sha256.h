#pragma once
// HMAC-SHA256 and SHA-256 (OpenSSL), with which S3 (Signature Version 4) and Azure
// Storage (Shared Key) requests are signed.
#include <string>
#include <string_view>

namespace cdp {

// The 32 bytes of the HMAC-SHA256 of `data` under `key`.
std::string hmac_sha256(std::string_view key, std::string_view data);
// The SHA-256 of `data` in lower-case hex.
std::string sha256_hex(std::string_view data);
// Lower-case hex of bytes.
std::string hex_of(std::string_view bytes);

}  // namespace cdp

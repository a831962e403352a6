#pragma once
// Which link and picture addresses a published page may hold: a web address (http,
// https), an email address (mailto), a phone number (tel), or an address inside the
// site (relative, or "//host" for another site). A file on the writer's own computer
// (C:\..., \\server\..., file:) and every other scheme (javascript:, data:, ftp: ...)
// would publish a link that does not work, or that runs code, so each is an error.
#include <optional>
#include <string>

namespace cdp {

// What is wrong with an address, and how to fix it, in a writer's words.
struct LinkAddressProblem {
  std::string message;  // e.g. "this link goes to C:\..., a file on your own computer ..."
  std::string hint;     // e.g. "copy the file into the site and link to it there"
};

// The problem with `url` (a link's or, with `is_image`, a picture's address as written),
// or nullopt when a page may publish it.
std::optional<LinkAddressProblem> link_address_problem(const std::string& url, bool is_image);

}  // namespace cdp

#pragma once
// The Atom feed (RFC 4287) of the site's documents and news, newest first, so that
// people can follow a partnership's publications in a feed reader. Atom needs full
// addresses, so the feed is written only when site.toml gives `base_url`.
#include <optional>
#include <vector>

#include "model/cdp.h"
#include "model/document.h"
#include "model/site.h"
#include "core/generated_file.h"
#include "routes/addresses.h"


namespace cdp {

// feed.xml with the newest 50 dated documents, or nullopt when the site has no
// base_url. The feed's `updated` is its newest entry's date, not the build time, so
// that two builds of the same sources are byte-identical. `documents` is
// site_documents(site).
std::optional<GeneratedFile> atom_feed(const Site& site, const std::vector<Document>& documents,
                                       const CdpData& data);


}  // namespace cdp

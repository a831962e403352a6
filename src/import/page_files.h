#pragma once
// Writes a WordPage into a site: FOLDER/NAME.md and the folder FOLDER/NAME/ beside it.
// Everything is written into a staging folder beside them first and moved into place
// only once all of it is written, so a failed import leaves nothing behind.
#include <filesystem>

#include "import/word_page.h"

namespace cdp {

// Writes `page` into `folder`; throws UserError when the page or its folder exists and
// `replace` is false (nothing is then written), or when a file cannot be written.
void write_word_page(const WordPage& page, const std::filesystem::path& folder, bool replace);

}  // namespace cdp

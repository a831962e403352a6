#pragma once
// The open data of what a partnership says about itself, beside its figures: its roles
// (held by a person or a post, with their reporting lines), governance, contact, grants
// and actions with their status, as <folder>/open-data/partnership.json, and its grants
// as <folder>/open-data/funding.csv (the amount cell empty where a report does not give
// it). Each file is written only when the partnership has something to put in it.
#include <string>
#include <vector>

#include "model/cdp.h"
#include "core/generated_file.h"

namespace cdp {

// The files above for `partnership`, in a stable order (none when it has nothing).
std::vector<GeneratedFile> partnership_open_data_files(const Partnership& partnership);

// Their paths, in the same order, without making them.
std::vector<std::string> partnership_open_data_paths(const Partnership& partnership);

}  // namespace cdp

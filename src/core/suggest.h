#pragma once
// "Did you mean ...?" suggestions for misspelled keys, ids and names.
#include <string>
#include <string_view>
#include <vector>

namespace cdp {

// Edit distance (insertions, deletions, substitutions, adjacent swaps), ignoring case.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The closest of `candidates` to `word`, or "" when none is close enough to be a
// plausible typo (distance at most a third of the word's length, and at least 1).
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

// A hint sentence: "did you mean `title`?" or, with no close match, "expected one of:
// `a`, `b`, `c`".
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

// "`a`, `b`, `c`": choices for a hint.
std::string quoted_list(const std::vector<std::string>& choices);

}  // namespace cdp

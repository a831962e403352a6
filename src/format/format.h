#pragma once
// Figures as text, done once in C++ and handed to templates ready to print (British
// English, GOV.UK style): thousands separators, percentages, rates per 100,000 and
// money ("£1.7m", "£916,000"). Rounding follows model/figures.h: half away from zero
// on the decimal a person reads.
//
// A value that is not a finite number is shown as "(not a number)": the loader rejects
// such values, so one arriving here is a bug, but rendering runs inside parallel_for,
// whose work must not throw, and "nan%" must never reach a page.
#include <cstdint>
#include <string>

#include "model/vocabulary.h"

namespace cdp {

// Exactly `decimals` places (0 to 20), with thousands separators: 1814 -> "1,814",
// (48.25, 1) -> "48.3", (49, 1) -> "49.0", -4200 -> "-4,200". A value that rounds to
// zero has no minus sign: (-0.01, 1) -> "0.0".
std::string format_number(double value, int decimals = 0);

// The decimals the value has, up to `max_decimals`, with no trailing zeros: 1814 ->
// "1,814", 48.30 -> "48.3", 0.916 -> "0.916", (1.23456, 3) -> "1.235".
std::string format_number_as_given(double value, int max_decimals = 3);

// "1.70" -> "1.7", "2.0" -> "2", "1,814" unchanged.
std::string without_trailing_zeros(std::string text);

std::string format_percent(double percent, int decimals = 1);  // 48.3 -> "48.3%"
std::string format_rate(double per_100k, int decimals = 1);     // 12.5 -> "12.5 per 100,000"
std::string format_ratio(double ratio, int decimals = 2);       // 0.456 -> "0.46"

// Money as councils write it: under £1,000 with pence when there are any ("£450",
// "£12.50"); whole pounds up to a million ("£916,000"); then millions and billions to
// at most three places, without trailing zeros ("£1.7m", "£1.699m", "£2m", "£1.2bn"),
// so that two amounts a document tells apart stay apart. Pence are never shown for
// £1,000 or more. Negative amounts: "-£450".
std::string format_money(double pounds);

// A figure in its unit: "1,814", "48.3%", "12.5 per 100,000", "£1.7m", "0.46", with
// `decimals` places when 0 or more (the places it was written with, or the metric's:
// (58, percent, 0) -> "58%", (58, percent, 1) -> "58.0%"), else the unit's usual
// places (model/figures.h). Money keeps its own rule.
std::string format_value(double value, Unit unit, int decimals = -1);

// A target, as given up to the unit's places, so that round targets read as written:
// 50 percent -> "50%", 52.5 -> "52.5%", 2000 -> "2,000", 5 per 100,000 -> "5 per 100,000".
std::string format_target_value(double value, Unit unit);

// A file's size as GOV.UK gives it beside a download, counting 1,024 bytes to the KB:
// "1 byte", "800 bytes"; whole KB under a megabyte, "245 KB" (at least "1 KB"); then MB
// and GB to one place without a trailing ".0", "2.1 MB", "2 MB", "1.3 GB". Each
// threshold is tested on the rounded figure, so 1,048,500 bytes is "1 MB", not "1,024 KB".
std::string format_file_size(std::uintmax_t bytes);

}  // namespace cdp

#pragma once
// A number written as text, as spreadsheets and reports write figures: "1,814",
// "£1.7m", "48.3%", "£916k". TOML needs numbers without quotes, commas or signs, and a
// message about such text gives the number to write instead.
#include <optional>
#include <string>
#include <string_view>

namespace cdp {

struct NumberText {
  std::string number;  // as TOML wants it: "1814", "1700000", "48.3"
  bool money = false;  // written with £ or a million/thousand ending
};

// The number `text` stands for, or nullopt when it is not a figure.
std::optional<NumberText> number_in_text(std::string_view text);

// The decimal places of the TOML number written at character `column` (1-based) of
// `line`, as written: "58" 0, "58.0" 1, "1_814" 0, "-4.25" 2. TOML keeps only the
// number, and a figure is shown with the places it was written with. -1 when they
// cannot be told: an exponent ("5e3"), hex, inf or nan, or no number there.
int decimals_written(std::string_view line, int column);

}  // namespace cdp

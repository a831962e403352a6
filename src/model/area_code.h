#pragma once
// ONS area codes ("E06000044"), by which Fingertips and other official sources name
// areas: a letter for the nation (E, W, S, N), two digits for the kind of area (06 a
// unitary authority, 10 a county, 12 a region, 92 a country) and six for the area.
#include <optional>
#include <string>
#include <string_view>

namespace cdp {

// England's own code.
inline constexpr std::string_view kEnglandAreaCode = "E92000001";

// Why `code` is not an ONS code, in plain English; nullopt when it is one.
std::optional<std::string> area_code_problem(std::string_view code);

}  // namespace cdp

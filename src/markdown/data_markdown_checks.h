#pragma once
// The authoring rules (markdown/authoring_checks.h) applied to the Markdown of the TOML
// text fields that data pages show: a partnership's vision and its board's decisions, a
// priority's title, what we know, what we will do and contribution, its evidence and
// actions, a grant's purpose, a metric's definition and notes. Each problem is reported at
// the line and column inside the TOML
// string where it was written.
#include "core/diagnostic.h"
#include "model/cdp.h"
#include "markdown/markdown.h"

namespace cdp {

// Checks every Markdown text field of `data` with `options.checks` (none when null), and
// every data file for the placeholders `cdpsite new` writes (markdown/placeholders.h).
void check_data_markdown(const CdpData& data, const MarkdownOptions& options, Diagnostics& diagnostics);

}  // namespace cdp

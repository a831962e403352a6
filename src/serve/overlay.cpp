#include "serve/overlay.h"

#include "core/html.h"
#include "serve/live_reload.h"

namespace cdp {

namespace {

std::string overlay_html(const std::string& errors) {
  return "<div id=\"cdpsite-error-overlay\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;"
         "overflow:auto;background:rgba(11,12,12,.94);color:#fff;padding:2rem;font:16px/1.5 monospace\">"
         "<h2 style=\"color:#ffdd00;margin-top:0\">The last change could not be built</h2>"
         "<p>This page shows the last good build. Fix the problem below and save: the page "
         "updates by itself.</p><pre style=\"white-space:pre-wrap\">" +
         escape_html(errors) + "</pre></div>";
}

}  // namespace

std::string inject_preview(const std::string& html, const std::string& errors, const std::string& version) {
  std::string addition = (errors.empty() ? "" : overlay_html(errors)) + live_reload_script(version);
  std::size_t body_end = html.rfind("</body>");
  if (body_end == std::string::npos) return html + addition;
  return html.substr(0, body_end) + addition + html.substr(body_end);
}

}  // namespace cdp

#include "routes/unpublished_names.h"

#include <filesystem>
#include <set>

#include "core/fs.h"
#include "core/platform.h"
#include "routes/windows_names.h"

namespace cdp {

namespace fs = std::filesystem;

namespace {

class NameChecker {
 public:
  NameChecker(const Site& site, Diagnostics& diagnostics) : site_(site), diagnostics_(diagnostics) {}

  // Checks each folder and the file of `relative` ("data/aux.toml"), reporting the first
  // name Windows cannot hold, once however many files are under it.
  void check(const std::string& relative) {
    for (std::size_t start = 0; start <= relative.size();) {
      std::size_t slash = relative.find('/', start);
      std::size_t end = slash == std::string::npos ? relative.size() : slash;
      WindowsNameProblem problem = windows_name_problem(std::string_view(relative).substr(start, end - start));
      if (!problem.what.empty()) {
        report(relative.substr(0, end), problem);
        return;
      }
      start = end + 1;
    }
  }

  // Checks every file and folder under `folder` (a folder of the site), not stepping into
  // hidden folders, linked ones, or `published` (a folder whose files are published, and
  // so checked by their addresses) at the first level.
  void check_all_under(const std::string& folder, const std::string& published) {
    std::error_code ec;
    fs::recursive_directory_iterator it(site_.root / u8_path(folder), fs::directory_options::none, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      std::string name = u8_string(it->path().filename());
      if (name.starts_with('.') || (it.depth() == 1 && name == published)) {
        it.disable_recursion_pending();
        continue;
      }
      check(u8_generic(it->path().lexically_relative(site_.root)));
    }
  }

 private:
  void report(const std::string& shown, const WindowsNameProblem& problem) {
    if (!reported_.insert(shown).second) return;
    diagnostics_.add(error_in(join_display(site_.display_root, printable_name(shown)),
                              problem.what + ", so this cannot be copied to a Windows computer when the site folder "
                                             "is shared (OneDrive, a council file share, a zip)",
                              problem.fix));
  }

  const Site& site_;
  Diagnostics& diagnostics_;
  std::set<std::string> reported_;  // folders and files already reported
};

}  // namespace

void check_unpublished_names(const Site& site, Diagnostics& diagnostics) {
  NameChecker checker(site, diagnostics);
  for (const std::string& relative : site.data_files) checker.check(relative);
  checker.check_all_under("templates", "");
  checker.check_all_under("themes", "static");  // a theme's static files are published
}

}  // namespace cdp

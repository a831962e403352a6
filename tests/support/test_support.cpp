#include "support/test_support.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <sstream>

extern char** environ;

namespace cdp::testing {

namespace fs = std::filesystem;

TempDir::TempDir() {
  static std::atomic<int> counter = 0;
  path_ = fs::temp_directory_path() /
          ("cdpsite-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
  fs::remove_all(path_);
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

fs::path TempDir::write(const std::string& relative, const std::string& content) const {
  fs::path target = path_ / relative;
  fs::create_directories(target.parent_path());
  std::ofstream(target, std::ios::binary) << content;
  return target;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

RunResult run_cdpsite(const std::vector<std::string>& args, const fs::path& cwd) {
  TempDir capture;
  fs::path out = capture.path() / "out", err = capture.path() / "err";
  std::string command = "cd '" + cwd.string() + "' && NO_COLOR=1 '" CDPSITE_BINARY "'";
  for (const std::string& arg : args) command += " '" + arg + "'";
  command += " >'" + out.string() + "' 2>'" + err.string() + "' </dev/null";
  const char* argv[] = {"/bin/sh", "-c", command.c_str(), nullptr};
  pid_t pid = 0;
  RunResult result;
  if (posix_spawn(&pid, "/bin/sh", nullptr, nullptr, const_cast<char**>(argv), environ) != 0) return result;
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = slurp(out);
  result.err = slurp(err);
  return result;
}

std::map<std::string, std::string> snapshot(const fs::path& root) {
  std::map<std::string, std::string> files;
  if (!fs::exists(root)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) files[entry.path().lexically_relative(root).generic_string()] = slurp(entry.path());
  }
  return files;
}

void write_site(const TempDir& dir, const std::map<std::string, std::string>& files) {
  dir.write("site.toml", "title = \"Test partnership\"\n");
  for (const auto& [path, content] : files) dir.write(path, content);
}

}  // namespace cdp::testing

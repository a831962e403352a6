#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/guide_pages.h"
#include "core/platform.h"
#include "core/suggest.h"
#include "core/terminal.h"
#include "core/user_error.h"

namespace cdp {

namespace {

struct HelpFlags {
  std::string topic;  // a page of the guide; "" for its front page
  bool list = false;  // --list
};

std::vector<std::string> topic_names() {
  std::vector<std::string> names;
  for (const GuideTopic& topic : guide_topics()) names.emplace_back(topic.topic);
  return names;
}

int list_topics() {
  std::string text = "The guide's pages (cdpsite help TOPIC opens one):\n";
  for (const GuideTopic& topic : guide_topics()) {
    std::string name = topic.topic;
    text += "  " + name + std::string(name.size() < 18 ? 18 - name.size() : 1, ' ') + topic.summary + "\n";
  }
  write_text(stdout, text);
  return kExitOk;
}

int open_guide(const HelpFlags& flags) {
  const GuideTopic* topic = nullptr;
  if (!flags.topic.empty()) {
    topic = guide_topic_named(flags.topic);
    if (!topic) {
      write_text(stderr, "error: the guide has no page \"" + flags.topic + "\"\n  hint: " +
                             did_you_mean(flags.topic, topic_names()) + " (`cdpsite help --list` lists them)\n");
      return kExitUsage;
    }
  }
  std::optional<std::filesystem::path> guide = installed_guide();
  if (!guide) {
    throw UserError("the guide is not installed with this cdpsite",
                    "reinstall cdpsite, or read the guide's source in the guide folder of cdpsite's source");
  }
  std::string page = u8_string(guide_page(*guide, topic));
  if (browser_available() && open_in_browser(page)) {
    write_text(stdout, "Opened " + page + "\n");
  } else {
    write_text(stdout, page + "\n");
  }
  return kExitOk;
}

}  // namespace

void add_help_command(CLI::App& app, CommandAction& action) {
  auto flags = std::make_shared<HelpFlags>();
  CLI::App* help = app.add_subcommand("help", "Open the guide in a browser, at a topic's page");
  help->add_option("topic", flags->topic, "A page of the guide, e.g. data (see --list)");
  help->add_flag("--list", flags->list, "List the guide's pages");
  help->footer("Without a browser (a server, CI), prints the page's path instead.");
  help->callback([flags, &action] {
    action = [flags] { return flags->list ? list_topics() : open_guide(*flags); };
  });
}

}  // namespace cdp

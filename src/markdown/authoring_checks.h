#pragma once
// The authoring rules of model/authoring_rules.h, checked on one piece of Markdown (a
// page's body or a TOML text field) while markdown/markdown.cpp walks its tree: the walk
// shows the checker each node once, in document order, before rendering changes the
// tree, so the checks cost no second parse. Each problem is reported at the file,
// line and column where it was written, with how to fix it, as an error or (when the
// site says so in site.toml's [checks]) a warning.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/source_file.h"
#include "model/authoring_rules.h"

struct cmark_node;

namespace cdp {

struct AuthoringCheckSetup {
  const AuthoringSeverities* severities = nullptr;  // how each rule is reported (never null)
  Diagnostics* diagnostics = nullptr;               // where problems go (never null)
  const SourceFile* file = nullptr;                 // the file, for each problem's excerpt (may be null)
  std::function<SourcePos(cmark_node*)> position;   // where a node was written in the file
  // The level of the heading the text is shown under: 1 for a page (its title), 2 for
  // a TOML text field that a data page shows under a heading of its own.
  int heading_level_above = 1;
};

class AuthoringChecker {
 public:
  explicit AuthoringChecker(AuthoringCheckSetup setup);

  // Checks `node`, which the walk has just entered.
  void enter(cmark_node* node);
  // Once every link has its final address: the same text going to two places.
  void check_link_destinations();

 private:
  // A link seen on the way, for check_link_destinations.
  struct SeenLink {
    cmark_node* node;  // the link
    std::string key;   // its text, lower case with single spaces, to compare
    std::string text;  // its text as written, for the message
  };

  void check_image(cmark_node* image);
  void check_heading(cmark_node* heading);
  void check_link(cmark_node* link);
  void check_table(cmark_node* table);
  void report(AuthoringRule rule, cmark_node* node, std::string message, std::string hint);

  AuthoringCheckSetup setup_;
  int previous_level_;          // the level of the last heading, or of the one above the text
  std::vector<SeenLink> links_; // every link whose text passed the other checks, in order
};

// Whether an image's title marks it as decoration, `![](border.png "decorative")`: it
// needs no description, and is rendered with an empty one (and no title).
bool is_marked_decorative(std::string_view title);

// Whether link text says nothing on its own ("click here", "Read more…"), or is a web
// address longer than 40 characters.
bool is_vague_link_text(std::string_view text);

}  // namespace cdp

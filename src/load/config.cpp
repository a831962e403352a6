#include "load/config.h"

#include "core/fs.h"
#include "core/text_file.h"
#include "load/publish_settings.h"
#include "load/toml_reader.h"
#include "model/language_tag.h"

namespace cdp {
namespace {

bool looks_like_url(const std::string& url) {
  return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
}

void validate(const SiteConfig& config, TomlReader& reader) {
  if (!config.title.present() || config.title.value.empty()) {
    reader.error({config.source_path, 1, 1}, "site.toml has no `title`",
                 "add a line such as title = \"West Sussex Drug and Alcohol Partnership\"");
  }
  if (config.title.value == kPlaceholderTitle) {
    reader.error(config.title.pos, "the site still has the placeholder title \"" + std::string(kPlaceholderTitle) + "\"",
                 "write the partnership's or the site's name there, e.g. title = \"West Sussex Drug and Alcohol "
                 "Partnership\"; it heads every page and names the site in search results");
  }
  if (config.base_url.present() && !looks_like_url(config.base_url.value)) {
    reader.error(config.base_url.pos, "`base_url` must be a full web address starting with https://",
                 "write it as base_url = \"https://www.example.gov.uk/drugs-partnership/\"");
  }
  if (config.language.present() && !is_language_tag(config.language.value)) {
    reader.error(config.language.pos,
                 "`language` must be a language tag, such as en-GB, which screen readers use to choose their voice",
                 "write it as language = \"" + suggested_language_tag(config.language.value) +
                     "\" (en-GB for English, cy for Welsh)");
  }
  if (config.theme.value.empty() || config.theme.value.find_first_of("/\\.") != std::string::npos) {
    reader.error(config.theme.pos, "`theme` must be the name of a folder under themes/",
                 "use theme = \"default\", or the name of your own theme folder");
  }
}

// [checks] vague-link-text = "warning": how each named authoring rule is reported.
void read_checks(const toml::table& checks, TomlReader& reader, AuthoringSeverities& out) {
  reader.reject_unknown_keys(checks, authoring_rule_names(), "the [checks] table of site.toml");
  static const std::map<std::string, Severity> severities = {{"error", Severity::kError},
                                                              {"warning", Severity::kWarning}};
  for (const AuthoringRuleTerm& rule : authoring_rules()) {
    Located<Severity> severity{Severity::kError, {}};
    reader.read_choice(checks, rule.name, severities, severity);
    if (severity.value != Severity::kError) out.changed[rule.rule] = severity.value;
  }
}

// A [[document_kind]] that names a kind already known (cdpsite's or an earlier one).
void check_new_kind(TomlReader& reader, const SiteDocumentKind& own, const std::vector<SiteDocumentKind>& earlier) {
  if (kind_named(known_document_kinds(earlier), own.kind.value)) {
    reader.error(own.kind.pos, "there is already a kind of document called \"" + own.kind.value + "\"",
                 "give your own kind another name, e.g. kind = \"scrutiny report\", or use the existing one");
  }
}

// [[document_kind]]: the site's own kinds of document, each with its words.
void read_document_kinds(const toml::table& table, TomlReader& reader, std::vector<SiteDocumentKind>& kinds) {
  reader.for_each_table(table, "document_kind", [&](const toml::table& entry) {
    reader.reject_unknown_keys(entry, {"kind", "label", "plural"}, "a [[document_kind]] in site.toml");
    SiteDocumentKind own;
    reader.read(entry, "kind", own.kind);
    reader.read(entry, "label", own.label);
    reader.read(entry, "plural", own.plural);
    SourcePos at = reader.pos(entry);
    bool complete = reader.require(entry, "kind", at, "kind = \"scrutiny report\"");
    complete = reader.require(entry, "label", at, "label = \"Scrutiny report\"") && complete;
    complete = reader.require(entry, "plural", at, "plural = \"Scrutiny reports\"") && complete;
    if (!complete) return;
    check_new_kind(reader, own, kinds);
    kinds.push_back(std::move(own));
  });
}

}  // namespace

const std::vector<std::string>& site_config_keys() {
  static const std::vector<std::string> keys = {"title", "description", "base_url", "language",
                                                "theme", "markdown", "checks", "document_kind", "publish"};
  return keys;
}

const std::vector<std::string>& authoring_rule_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all;
    for (const AuthoringRuleTerm& rule : authoring_rules()) all.emplace_back(rule.name);
    return all;
  }();
  return names;
}

const std::vector<std::string>& markdown_config_keys() {
  static const std::vector<std::string> keys = {"raw_html", "smart_punctuation"};
  return keys;
}

std::optional<SiteConfig> parse_site_config(const SourceFile& file, Diagnostics& diagnostics) {
  TomlReader reader(file, 1, diagnostics);
  std::optional<toml::table> table = reader.parse(file.text());
  if (!table) return std::nullopt;
  SiteConfig config;
  config.source_path = file.path();
  reader.read(*table, "title", config.title);
  reader.read(*table, "description", config.description);
  reader.read(*table, "base_url", config.base_url);
  reader.read(*table, "language", config.language);
  reader.read(*table, "theme", config.theme);
  reader.reject_unknown_keys(*table, site_config_keys(), "site.toml");
  if (const toml::table* markdown = reader.table_at(*table, "markdown")) {
    reader.read(*markdown, "raw_html", config.raw_html);
    reader.read(*markdown, "smart_punctuation", config.smart_punctuation);
    reader.reject_unknown_keys(*markdown, markdown_config_keys(), "the [markdown] table of site.toml");
  }
  read_publish_settings(*table, reader);  // checked here, used by `cdpsite publish`
  if (const toml::table* checks = reader.table_at(*table, "checks")) read_checks(*checks, reader, config.checks);
  read_document_kinds(*table, reader, config.document_kinds);
  validate(config, reader);
  if (reader.errors() > 0) return std::nullopt;
  if (!config.base_url.value.empty() && config.base_url.value.back() != '/') config.base_url.value += '/';
  return config;
}

std::optional<SiteConfig> load_site_config(const std::filesystem::path& path,
                                           const std::string& display_path,
                                           Diagnostics& diagnostics) {
  std::optional<std::string> text = read_file(path);
  if (!text) {
    diagnostics.add(error_in(display_path, "cannot find or read site.toml",
                             "every site folder needs a site.toml with at least title = \"...\"; "
                             "check --source points at your site folder"));
    return std::nullopt;
  }
  SourceFile file(display_path, std::move(*text));
  if (std::optional<Diagnostic> problem = text_file_problem(file, "save the file as UTF-8 in your editor")) {
    diagnostics.add(std::move(*problem));
    return std::nullopt;
  }
  return parse_site_config(file, diagnostics);
}

}  // namespace cdp

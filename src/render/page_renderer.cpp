#include "render/page_renderer.h"

#include <optional>

#include "markdown/placeholders.h"
#include "render/documents.h"
#include "render/page_context.h"
#include "render/partnership_pages.h"
#include "render/shortcodes.h"
#include "render/site_wide_pages.h"

namespace cdp {

namespace {

// A section page that is a partnership's folder shows the partnership's overview; the
// home page shows the partnerships (or the only one).
mustache::Map section_page_context(const RenderInputs& in, const Section& section) {
  mustache::Map context = section_context(in.shared, section);
  if (section.path.empty()) context["home"] = home_values(in.data, in.documents, build_date());
  for (const Partnership& partnership : in.data.partnerships) {
    if (partnership.folder != section.path || section.path.empty()) continue;
    bool has_documents = !documents_in(in.documents, partnership.folder).empty();
    context["partnership"] = partnership_overview(partnership, in.data, has_documents, build_date(), section.route.url);
  }
  return context;
}

mustache::Map document_page_context(const RenderInputs& in, const Document& document) {
  mustache::Map context = page_context(in.shared, *document.page);
  context["document"] = document_values(document, in.documents);
  return context;
}

mustache::Map context_for(const RenderInputs& in, const PageJob& job) {
  if (const ContentPage* content = std::get_if<ContentPage>(&job.kind)) return page_context(in.shared, *content->page);
  if (const DocumentPage* document = std::get_if<DocumentPage>(&job.kind)) {
    return document_page_context(in, *document->document);
  }
  if (const SectionList* list = std::get_if<SectionList>(&job.kind)) return section_page_context(in, *list->section);
  if (const MadePage* made = std::get_if<MadePage>(&job.kind)) return generated_page_context(in.shared, *made->page);
  return not_found_context(in.shared);
}

}  // namespace

void render_body(Page& page, const CdpData& data, const TemplateSet& templates, const MarkdownOptions& options,
                 const LinkRewriter& links, Diagnostics& diagnostics) {
  check_placeholders(*page.source, options.placeholders, diagnostics);
  std::string_view body = std::string_view(page.source->text()).substr(page.body_offset);
  std::optional<Date> as_of;
  if (page.meta.document().as_of.present()) as_of = page.meta.document().as_of.value;
  ShortcodeContext context{&data,         partnership_owning(page.section, data), as_of, build_date(), &templates,
                           page.source.get(), page.body_offset};
  ExpandedBody expanded = expand_shortcodes(body, context, diagnostics);
  page.rendered = render_markdown(expanded.markdown, {page.source.get(), page.body_first_line}, options, links, &diagnostics);
  page.rendered.html = substitute_shortcodes(std::move(page.rendered.html), expanded.outputs);
  page.uses_data = !expanded.outputs.empty();
}

std::string render_html(const RenderInputs& in, const PageJob& job, Diagnostics& diagnostics) {
  return in.templates.render_in_layout(template_for(job), mustache::Value(context_for(in, job)), diagnostics);
}

SearchEntry search_entry(const RenderInputs& in, const PageJob& job, const std::string& html, std::size_t characters) {
  const Partnership* partnership = partnership_owning(section_of(job), in.data);
  return {url_of(job),     title_of(in.site, job), search_kind(job), partnership ? partnership->name.value : "",
          summary_of(job), search_rank(job),       main_text(html, characters)};
}

}  // namespace cdp

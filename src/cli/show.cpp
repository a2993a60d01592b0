// `akhbar show ID|URL`: one archived article as readable text, or as parse's JSON record.
#include "cli/command.h"
#include "cli/common.h"
#include "cli/output.h"

namespace akhbar::cli {
namespace {

class ShowCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.add_option("article", m_article, "The article's id (as list and search print it) or its URL")
        ->required();
    add_db_option(app, m_db);
    app.add_option("--format", m_format,
                   "text (readable) or json (the record exactly as `akhbar parse` prints it)")
        ->capture_default_str()
        ->check(CLI::IsMember({"text", "json"}));
    m_output.add_color_to(app);
  }

  int run() override {
    // Decide what was asked for before opening anything: a malformed id is a usage error.
    bool by_url = m_article.find("://") != std::string::npos;
    std::int64_t id = by_url ? 0 : parse_article_id(m_article);
    Archive archive = open_archive(m_db, OpenMode::read_only);
    if (by_url) {
      auto found = unwrap(archive.find_url(m_article));
      if (!found) throw Failure("no article with url " + m_article);
      id = *found;
    }
    auto article = unwrap(archive.get(id));
    if (!article) throw Failure("no article with id " + std::to_string(id));
    if (m_format == "json") {
      write_out(stdout, to_json_line(*article) + "\n");
    } else {
      Style style{m_output.use_color()};
      write_out(stdout, render(id, *article, style));
    }
    std::fflush(stdout);
    return exit_ok;
  }

 private:
  // One line of text with its control characters gone (tabs and line breaks kept as spaces).
  static std::string line(std::string_view s) { return clean_cell(s, false); }

  static void field(std::string& out, const Style& style, const char* label,
                    const std::optional<std::string>& v) {
    if (!v || v->empty()) return;
    out += style.dim(std::string(label) + ":") + " " + line(*v) + "\n";
  }

  static void blocks(std::string& out, const Style& style, const std::vector<Block>& body,
                     const std::string& indent) {
    for (const auto& b : body) {
      out += "\n" + indent;
      out += b.type == Block::Type::heading ? style.bold(line(b.text)) : line(b.text);
      out += "\n";
    }
  }

  static void links(std::string& out, const Style& style, const char* heading,
                    const std::vector<Link>& items) {
    if (items.empty()) return;
    out += "\n" + style.bold(heading) + "\n";
    for (const auto& l : items) {
      out += "  • " + line(l.title);
      if (l.url) out += "  " + style.dim(line(*l.url));
      out += "\n";
      blocks(out, style, l.body, "    ");
    }
  }

  static std::string render(std::int64_t id, const Article& a, const Style& style) {
    std::string out;
    out += style.bold(a.title && !a.title->empty() ? line(*a.title) : "(untitled)") + "\n";
    out += style.dim("ID:") + " " + std::to_string(id) + "\n";
    field(out, style, "Published", a.published);
    field(out, style, "Updated", a.updated);
    field(out, style, "Source", a.source);
    field(out, style, "Dateline", a.dateline);
    field(out, style, "Author", a.author);
    field(out, style, "URL", a.input.url);
    std::string input = a.input.path;
    if (a.input.record) input += " (record " + std::to_string(a.input.record) + ")";
    if (!a.input.encoding.empty()) input += ", " + a.input.encoding;
    field(out, style, "Input", input);
    blocks(out, style, a.body, "");
    links(out, style, "Read also", a.read_also);
    links(out, style, "Related", a.related);
    return out;
  }

  std::string m_article, m_db, m_format = "text";
  OutputOptions m_output;
};

const Registration registration("show", "Print one archived article (by id or URL) as text or JSON", 40,
                                [] { return std::make_unique<ShowCommand>(); });

}  // namespace
}  // namespace akhbar::cli

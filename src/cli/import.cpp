// `akhbar import FILE...`: reads jsonl or tei exports back into an archive (created if missing).
#include <akhbar/export.h>

#include <cstring>
#include <fstream>
#include <iostream>

#include "cli/command.h"
#include "cli/common.h"
#include "cli/output.h"

namespace akhbar::cli {
namespace {

class ImportCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.add_option("files", m_files, "jsonl or TEI exports (the format is detected); - reads standard input")
        ->required();
    add_db_option(app, m_db);
    app.add_option("--batch", m_batch, "Articles per transaction")
        ->capture_default_str()
        ->check(CLI::Range(1, 1000000));
    app.add_flag("-q,--quiet", m_quiet, "Do not print the summary on stderr");
    app.footer(
        "Records keep the provenance they carry (input path, record, sha256). Importing the same export "
        "again adds nothing. A malformed record stops the import of its file with its line (jsonl) or "
        "byte offset (TEI); the records before it stay imported.");
  }

  int run() override {
    Archive archive = open_archive(m_db, OpenMode::read_write);
    int status = exit_ok;
    for (const auto& file : m_files) {
      if (!import_file(archive, file)) status = exit_failed;
    }
    // After an error the summary would be a second line; the error said what was imported.
    if (!m_quiet && status == exit_ok) {
      std::string line =
          "akhbar: imported " + std::to_string(m_stored) + (m_stored == 1 ? " article" : " articles");
      if (m_duplicates)
        line += ", " + std::to_string(m_duplicates) + " duplicates recorded as further sources";
      if (m_known) line += ", " + std::to_string(m_known) + " already archived";
      line += "\n";
      std::fputs(line.c_str(), stderr);
    }
    return status;
  }

 private:
  bool import_file(Archive& archive, const std::string& path) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (path != "-") {
      file.open(path, std::ios::binary);
      if (!file) {
        std::fprintf(stderr, "akhbar: error: %s: cannot open: %s\n", path.c_str(), std::strerror(errno));
        return false;
      }
      in = &file;
    }
    std::string format = in->peek() == '{' ? "jsonl" : "tei";
    std::int64_t in_batch = 0;
    const std::int64_t before = m_stored + m_duplicates + m_known;
    std::optional<Error> failed;
    auto store = [&](Article&& article) {
      if (failed) return;
      if (in_batch == 0)
        if (auto r = archive.begin(); !r) failed = r.error();
      if (failed) return;
      // The record is all there is: provenance comes from it; no raw copy is kept, since the
      // original bytes are not in the export (reparse keeps imported articles as they are).
      Document doc;
      doc.input = article.input;
      doc.format = format;
      doc.title = article.title;
      doc.date = article.published;
      doc.author = article.author;
      doc.source = article.source;
      doc.text = body_text(article.body);
      auto r = archive.store(article, doc);
      if (!r) {
        failed = r.error();
        return;
      }
      if (r->known_input)
        ++m_known;
      else if (r->duplicate)
        ++m_duplicates;
      else
        ++m_stored;
      if (++in_batch >= m_batch) {
        if (auto c = archive.commit(); !c) failed = c.error();
        in_batch = 0;
      }
    };
    auto read = import_export(*in, path == "-" ? "<stdin>" : path, store);
    // Everything before a malformed record is good: keep it; a failed store loses its batch.
    if (!failed) {
      if (auto c = archive.commit(); !c) failed = c.error();
    } else {
      archive.rollback();
    }
    if (failed) throw Failure(failed->str());
    if (!read) {
      std::int64_t kept = m_stored + m_duplicates + m_known - before;
      std::fprintf(stderr, "akhbar: error: %s (the %lld record%s before it imported)\n",
                   read.error().str().c_str(), static_cast<long long>(kept), kept == 1 ? "" : "s");
      return false;
    }
    return true;
  }

  std::vector<std::string> m_files;
  std::string m_db;
  std::int64_t m_batch = 1000;
  bool m_quiet = false;
  std::int64_t m_stored = 0, m_duplicates = 0, m_known = 0;
};

const Registration registration("import", "Import jsonl or TEI exports into an archive", 75,
                                [] { return std::make_unique<ImportCommand>(); });

}  // namespace
}  // namespace akhbar::cli

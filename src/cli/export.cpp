// `akhbar export`: the archive (or the part the filters select) as jsonl, csv, tei or es-bulk, on
// stdout or atomically into --out FILE; `--es-mapping` prints the index mapping for es-bulk.
#include <akhbar/export.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/command.h"
#include "cli/common.h"
#include "cli/output.h"

namespace akhbar::cli {
namespace {

// A temporary file next to the target that becomes the target only on commit(); otherwise it is
// removed, so a failed or interrupted export never leaves a half-written FILE.
class AtomicFile {
 public:
  explicit AtomicFile(const std::string& target) : m_target(target) {
    std::filesystem::path t(target);
    auto dir = t.parent_path();
    std::string pattern =
        (dir.empty() ? std::string() : dir.string() + "/") + "." + t.filename().string() + ".tmp-XXXXXX";
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    int fd = ::mkstemp(name.data());
    if (fd < 0) throw Failure(target + ": cannot create: " + std::strerror(errno));
    // mkstemp makes the file 0600; give it the mode a plain create would have.
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    ::close(fd);
    m_temp = name.data();
    m_buffer.resize(1 << 20);
    m_out.rdbuf()->pubsetbuf(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
    m_out.open(m_temp, std::ios::binary | std::ios::trunc);
    if (!m_out) fail("cannot open");
  }
  ~AtomicFile() {
    if (!m_committed) std::remove(m_temp.c_str());
  }
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ostream& stream() { return m_out; }

  // Flushes, syncs and renames the file into place.
  void commit() {
    m_out.flush();
    if (!m_out) fail("cannot write");
    m_out.close();
    if (!m_out) fail("cannot write");
    if (int fd = ::open(m_temp.c_str(), O_RDONLY); fd >= 0) {
      int rc = ::fsync(fd);
      int err = errno;
      ::close(fd);
      if (rc != 0) {
        errno = err;
        fail("cannot write");
      }
    }
    if (std::rename(m_temp.c_str(), m_target.c_str()) != 0) fail("cannot rename into place");
    m_committed = true;
  }

 private:
  [[noreturn]] void fail(const char* what) {
    throw Failure(m_target + ": " + what + ": " + (errno ? std::strerror(errno) : "write error"));
  }

  std::string m_target, m_temp;
  std::vector<char> m_buffer;
  std::ofstream m_out;
  bool m_committed = false;
};

class ExportCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    add_db_option(app, m_db);
    app.add_option(
           "--format", m_format,
           "jsonl (parse's records), csv (RFC 4180), tei (TEI XML), es-bulk (Elasticsearch/OpenSearch "
           "bulk NDJSON)")
        ->capture_default_str()
        ->check(CLI::IsMember({"jsonl", "csv", "tei", "es-bulk"}));
    app.add_option("-o,--out", m_out,
                   "Write to FILE (replaced only when the export completes) instead of stdout");
    app.add_option("--index", m_index, "The index that es-bulk actions name")->capture_default_str();
    app.add_flag(
        "--es-mapping", m_mapping,
        "Print the Elasticsearch/OpenSearch index mapping (arabic analyzer) for es-bulk exports, and "
        "nothing else; needs no archive");
    m_filters.add_to(app, -1);
    app.add_flag("-q,--quiet", m_quiet, "Do not print the count of exported articles on stderr");
    app.footer("Articles go out oldest id first. Formats and columns: docs/cli.md#export.");
  }

  int run() override {
    if (m_mapping) {
      write_to(es_mapping());
      return exit_ok;
    }
    Filters filters = m_filters.finish();
    auto format = parse_export_format(m_format);
    if (!format) throw UsageError("--format: unknown format '" + m_format + "'");
    Archive archive = open_archive(m_db, OpenMode::read_only);

    std::unique_ptr<AtomicFile> file;
    if (!m_out.empty() && m_out != "-") file = std::make_unique<AtomicFile>(m_out);
    std::ostream& out = file ? file->stream() : std::cout;
    auto writer = ExportWriter::create(*format, out, m_index);
    std::int64_t count = 0;
    auto done = archive.for_each(filters, [&](std::int64_t id, const Article& article) {
      // Stop writing after a write error (full disk, closed pipe); the error is reported below.
      if (!out) return;
      writer->write(id, article);
      ++count;
    });
    if (!done) throw Failure(done.error().str());
    writer->finish();
    if (file) {
      file->commit();
    } else {
      out.flush();
      if (!out) throw Failure(std::string("cannot write output: ") + std::strerror(errno));
    }
    if (!m_quiet && file)
      std::fprintf(stderr, "akhbar: exported %lld articles to %s\n", static_cast<long long>(count),
                   m_out.c_str());
    return exit_ok;
  }

 private:
  void write_to(const std::string& text) {
    if (!m_out.empty() && m_out != "-") {
      AtomicFile file(m_out);
      file.stream() << text;
      file.commit();
    } else {
      write_out(stdout, text);
      if (std::fflush(stdout) != 0)
        throw Failure(std::string("cannot write output: ") + std::strerror(errno));
    }
  }

  std::string m_db, m_format = "jsonl", m_out, m_index = "akhbar";
  bool m_mapping = false, m_quiet = false;
  FilterOptions m_filters;
};

const Registration registration("export", "Export articles as jsonl, csv, tei or es-bulk", 70,
                                [] { return std::make_unique<ExportCommand>(); });

}  // namespace
}  // namespace akhbar::cli

// load(): for each input, open (gzip unwrapped), sniff the first 64 KB for binary content,
// encoding and format, then hand the stream to the format's reader; every record goes through
// one delivery step (provenance, warnings, the Arabic-text check) before reaching the sink.
#include <akhbar/loader.h>
#include <sys/stat.h>

#include <cstring>
#include <ctime>

#include "loader/detail_formats.h"
#include "loader/detail_sha256.h"
#include "loader/detail_text.h"

namespace akhbar {
namespace {

constexpr std::size_t sample_size = 64 * 1024;

// Decodes a UTF-16/32 stream to UTF-8 for the record splitters, which need ASCII delimiters.
class TranscodingSource : public detail::ByteSource {
 public:
  TranscodingSource(detail::BufferedInput in, std::unique_ptr<detail::Converter> conv)
      : m_in(std::move(in)), m_conv(std::move(conv)) {}

  std::size_t read(char* buf, std::size_t n) override {
    while (m_pos == m_out.size()) {
      m_out.clear();
      m_pos = 0;
      if (m_done) return 0;
      if (m_in.view().empty() && !m_in.fill_more()) {
        m_error = m_in.error();
        m_conv->convert({}, m_out, true);
        m_done = true;
        continue;
      }
      auto v = m_in.view();
      m_conv->convert(v, m_out, false);
      m_in.consume(v.size());
    }
    std::size_t k = std::min(n, m_out.size() - m_pos);
    std::memcpy(buf, m_out.data() + m_pos, k);
    m_pos += k;
    return k;
  }
  std::uint64_t total_read() const { return m_in.total_read(); }

 private:
  detail::BufferedInput m_in;
  std::unique_ptr<detail::Converter> m_conv;
  std::string m_out;
  std::size_t m_pos = 0;
  bool m_done = false;
};

std::optional<std::string> mtime_iso(const std::string& path) {
  struct stat st;
  if (path == "-" || ::stat(path.c_str(), &st) != 0) return std::nullopt;
  std::tm tm{};
  time_t t = st.st_mtime;
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return std::string(buf);
}

bool is_wide(const std::string& encoding) {
  return encoding.rfind("UTF-16", 0) == 0 || encoding.rfind("UTF-32", 0) == 0;
}

const char* format_name(InputFormat f) {
  switch (f) {
    case InputFormat::trec:
      return "trec";
    case InputFormat::json:
      return "json";
    case InputFormat::jsonl:
      return "jsonl";
    case InputFormat::csv:
      return "csv";
    case InputFormat::warc:
      return "warc";
    case InputFormat::html:
      return "html";
    default:
      return "text";
  }
}

class Loader {
 public:
  Loader(const LoadOptions& options, const DocumentSink& sink, const DiagnosticSink& diag)
      : m_options(options), m_sink(sink), m_diag(diag) {}

  bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }

  void report(Severity s, std::string kind, Location where, std::string message) {
    if (s == Severity::error)
      ++m_stats.failed;
    else
      ++m_stats.warnings;
    m_diag(Diagnostic{s, std::move(kind), std::move(where), std::move(message)});
  }

  void check_fields() {
    static const char* known[] = {"title",  "body",     "url",      "date",   "author",
                                  "source", "category", "abstract", "fetched"};
    for (const auto& [field, name] : m_options.fields) {
      bool ok = false;
      for (const char* k : known) ok = ok || field == k;
      if (!ok)
        report(Severity::error, kind::unknown_field, {},
               "--field: unknown record field '" + field +
                   "' (title, body, url, date, author, source, category, abstract, fetched)");
    }
  }

  void read_input(const std::string& path) {
    auto file = detail::open_file(path);
    if (!file) {
      report(Severity::error, kind::cannot_open, {path}, file.error().message);
      return;
    }
    ++m_stats.inputs;
    auto in = std::make_unique<detail::BufferedInput>(detail::unwrap_gzip(std::move(file.value())));
    in->fill(sample_size);
    if (!in->error().empty()) {
      report(Severity::error, kind::read_error, {path}, in->error());
      return;
    }
    if (in->view().empty()) {
      m_stats.bytes += in->total_read();
      report(Severity::warning, kind::empty_file, {path}, "empty file");
      return;
    }

    detail::InputContext ctx;
    ctx.path = path;
    ctx.options = &m_options;
    if (m_options.encoding) {
      auto canon = detail::canonical_encoding_name(*m_options.encoding);
      if (!canon || !detail::Converter::make(*canon)) {
        report(Severity::error, kind::unknown_encoding, {path},
               "unknown encoding '" + *m_options.encoding + "'");
        return;
      }
      ctx.encoding = *canon;
      ctx.forced = true;
    } else {
      auto det = detail::detect_encoding(in->view(), in->eof());
      if (det.binary) {
        m_stats.bytes += in->total_read();
        report(Severity::error, kind::binary_file, {path}, "binary file, skipped");
        return;
      }
      ctx.encoding = det.encoding;
    }
    ctx.fetched = mtime_iso(path);
    ctx.cancelled = [this] { return cancelled(); };
    ctx.report = [this](Severity s, const char* kind, const Location& where, const std::string& msg) {
      report(s, kind, where, msg);
    };
    ctx.deliver = [this, &ctx](Document&& doc, const Decoded& d, const Location& where) {
      deliver(ctx, std::move(doc), d, where);
    };

    InputFormat format = m_options.format;
    if (format == InputFormat::auto_detect) {
      std::string sample;
      if (is_wide(ctx.encoding)) {
        auto conv = detail::Converter::make(ctx.encoding);
        conv->convert(in->view(), sample, in->eof());
      }
      format = detail::detect_format(sample.empty() ? in->view() : std::string_view(sample), path);
    }

    if (format == InputFormat::text || format == InputFormat::html) {
      read_single(*in, ctx, format);
      m_stats.bytes += in->total_read();
    } else if (is_wide(ctx.encoding)) {
      auto source =
          std::make_unique<TranscodingSource>(std::move(*in), detail::Converter::make(ctx.encoding));
      TranscodingSource* raw_source = source.get();
      detail::BufferedInput utf8(std::move(source));
      ctx.transcoded = true;
      dispatch(utf8, ctx, format);
      m_stats.bytes += raw_source->total_read();
      if (!utf8.error().empty()) report(Severity::error, kind::read_error, {path}, utf8.error());
      return;
    } else {
      dispatch(*in, ctx, format);
      m_stats.bytes += in->total_read();
    }
    if (!in->error().empty()) report(Severity::error, kind::read_error, {path}, in->error());
  }

  LoadStats stats() const { return m_stats; }

 private:
  void dispatch(detail::BufferedInput& in, detail::InputContext& ctx, InputFormat format) {
    switch (format) {
      case InputFormat::jsonl:
        detail::read_jsonl(in, ctx);
        break;
      case InputFormat::json:
        detail::read_json(in, ctx);
        break;
      case InputFormat::csv:
        detail::read_csv(in, ctx);
        break;
      case InputFormat::trec:
        detail::read_trec(in, ctx);
        break;
      case InputFormat::warc:
        detail::read_warc(in, ctx);
        break;
      default:
        break;
    }
  }

  // One-record inputs (plain text, an HTML page): read whole, up to the size limit.
  void read_single(detail::BufferedInput& in, detail::InputContext& ctx, InputFormat format) {
    while (in.view().size() <= m_options.max_record_bytes && in.fill_more()) {
    }
    if (in.view().size() > m_options.max_record_bytes) {
      std::uint64_t size = in.view().size();
      in.consume(in.view().size());
      while (in.fill_more()) {
        size += in.view().size();
        in.consume(in.view().size());
      }
      ctx.report_oversize({ctx.path}, size);
      return;
    }
    if (!in.error().empty()) return;  // reported by the caller
    std::string_view raw = in.view();
    Decoded d = format == InputFormat::html ? ctx.decode_html(raw) : ctx.decode_record(raw);
    Document doc;
    doc.format = format_name(format);
    doc.raw = std::string(raw);
    if (format == InputFormat::html)
      detail::html_to_document(d.text, doc);
    else
      doc.text = detail::decode_entities(d.text);
    in.consume(raw.size());
    deliver(ctx, std::move(doc), d, {ctx.path});
  }

  void deliver(const detail::InputContext& ctx, Document&& doc, const Decoded& d, Location where) {
    if (cancelled()) return;
    doc.input.path = ctx.path;
    doc.input.encoding = d.encoding;
    if (ctx.transcoded) doc.raw = detail::encode_utf8_as(doc.raw, ctx.encoding);
    doc.input.sha256 = detail::sha256_hex(doc.raw);
    if (d.replaced)
      doc.warnings.push_back({kind::replaced_bytes,
                              std::to_string(d.replaced) +
                                  (d.replaced == 1 ? " invalid byte sequence" : " invalid byte sequences") +
                                  " replaced by U+FFFD (decoded as " + d.encoding + ")"});
    for (const auto& r : d.repairs) doc.warnings.push_back(r);
    // A parsed record's capture time is its original input's, which the record does not carry.
    if (!doc.fetched && !doc.article) doc.fetched = ctx.fetched;
    if (!detail::has_arabic_letter(doc.text) && (!doc.title || !detail::has_arabic_letter(*doc.title))) {
      if (!m_options.keep_garbage) {
        // A record of a multi-record input (located by its line or byte) also names its index.
        if (where.line || where.byte) where.record = doc.input.record;
        report(Severity::warning, kind::no_arabic_text, std::move(where), "no Arabic text");
        return;
      }
      doc.warnings.push_back({kind::no_arabic_text, "no Arabic text"});
    }
    m_stats.warnings += doc.warnings.size();
    ++m_stats.records;
    m_sink(std::move(doc));
  }

  const LoadOptions& m_options;
  const DocumentSink& m_sink;
  const DiagnosticSink& m_diag;
  LoadStats m_stats;
};

}  // namespace

std::optional<InputFormat> parse_input_format(std::string_view name) {
  if (name == "auto") return InputFormat::auto_detect;
  if (name == "text") return InputFormat::text;
  if (name == "trec") return InputFormat::trec;
  if (name == "json") return InputFormat::json;
  if (name == "jsonl") return InputFormat::jsonl;
  if (name == "csv") return InputFormat::csv;
  if (name == "warc") return InputFormat::warc;
  if (name == "html") return InputFormat::html;
  return std::nullopt;
}

LoadStats load(const std::vector<std::string>& paths, const LoadOptions& options, const DocumentSink& sink,
               const DiagnosticSink& diag) {
  Loader loader(options, sink, diag);
  loader.check_fields();
  walk_inputs(
      paths, options,
      [&](const std::string& path) {
        if (loader.cancelled()) return false;
        loader.read_input(path);
        return !loader.cancelled();
      },
      [&](const Diagnostic& d) { loader.report(d.severity, d.kind, d.where, d.message); });
  return loader.stats();
}

}  // namespace akhbar

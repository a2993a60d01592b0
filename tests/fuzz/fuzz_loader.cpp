// libFuzzer target over the loader: encoding detection and decoding, mojibake repair, entity
// decoding, and every format reader (the first byte picks the format, as --input-format would).
// It also checks that the JSON fast path (simdjson) never disagrees with nlohmann, the reference.
#include <akhbar/loader.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "loader/detail_formats.h"
#include "loader/detail_text.h"

namespace {

// Aborts when simdjson's reading of a JSON record differs from nlohmann's.
void check_json_paths(const std::string& text) {
  static const akhbar::LoadOptions options;
  akhbar::detail::InputContext ctx;
  ctx.options = &options;
  auto fast = akhbar::detail::json_fields_fast(text, ctx);
  if (!fast) return;
  auto ref = akhbar::detail::json_fields_reference(text, ctx);
  if (!ref || fast->text != ref->text || fast->title != ref->title || fast->input.url != ref->input.url ||
      fast->date != ref->date || fast->author != ref->author || fast->source != ref->source ||
      fast->category != ref->category || fast->abstract != ref->abstract || fast->fetched != ref->fetched)
    __builtin_trap();
}

// The line-end rewrite, byte by byte: the reference for the SIMD scan of normalize_line_ends.
std::string naive_line_ends(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    auto at = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
    if (b == '\r') {
      out += '\n';
      i += at(i + 1) == '\n' ? 2 : 1;
    } else if (b == 0xC2 && at(i + 1) == 0x85) {
      out += '\n';
      i += 2;
    } else if (b == 0xE2 && at(i + 1) == 0x80 && (at(i + 2) == 0xA8 || at(i + 2) == 0xA9)) {
      out += '\n';
      i += 3;
    } else {
      out += s[i++];
    }
  }
  return out;
}

// One scratch file per fuzzing process, removed when it exits (the replay test runs it often).
const std::string& scratch() {
  static const std::string path = "/tmp/akhbar-fuzz-" + std::to_string(::getpid());
  // Registered after `path` is built, so it runs before `path` is destroyed.
  [[maybe_unused]] static const int removed_at_exit = std::atexit([] { std::remove(path.c_str()); });
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);

  akhbar::Decoded d = akhbar::decode(bytes);
  std::string text = d.text;
  akhbar::detail::repair_mojibake(text);
  (void)akhbar::detail::decode_entities(text);
  (void)akhbar::detail::count_arabic_letters(text);
  if (akhbar::detail::is_utf8(bytes) != (akhbar::detail::utf8_valid_prefix(bytes) == bytes.size()))
    __builtin_trap();
  check_json_paths(d.text);
  for (std::size_t at = 0, nl; at < d.text.size(); at = nl + 1) {  // each line, as JSON Lines
    nl = d.text.find('\n', at);
    if (nl == std::string::npos) nl = d.text.size();
    if (nl > at && nl - at < d.text.size()) check_json_paths(d.text.substr(at, nl - at));
  }
  std::string ends(bytes);
  akhbar::detail::normalize_line_ends(ends);
  if (ends != naive_line_ends(bytes)) __builtin_trap();

  if (FILE* f = std::fopen(scratch().c_str(), "wb")) {
    std::fwrite(bytes.data(), 1, bytes.size(), f);
    std::fclose(f);
  }
  static const akhbar::InputFormat formats[] = {akhbar::InputFormat::auto_detect, akhbar::InputFormat::text,
                                                akhbar::InputFormat::trec,        akhbar::InputFormat::json,
                                                akhbar::InputFormat::jsonl,       akhbar::InputFormat::csv,
                                                akhbar::InputFormat::warc,        akhbar::InputFormat::html};
  akhbar::LoadOptions options;
  options.format = formats[data[0] % 8];
  options.max_record_bytes = 1 + (data[0] >> 3) * 512;  // small limits exercise the skipping paths
  options.keep_garbage = (data[0] & 0x40) != 0;
  std::size_t n = 0;
  akhbar::load(
      {scratch()}, options, [&](akhbar::Document&& doc) { n += doc.text.size(); },
      [](const akhbar::Diagnostic&) {});

  auto reader = akhbar::LineReader::open(scratch(), options);
  if (reader) {
    std::string line;
    while ((*reader)->next(line)) n += line.size();
  }
  return 0;
}

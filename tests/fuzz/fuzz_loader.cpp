// libFuzzer target over the loader: encoding detection and decoding, mojibake repair, entity
// decoding, and every format reader (the first byte picks the format, as --input-format would).
#include <akhbar/loader.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>

#include "loader/detail_text.h"

namespace {

// One scratch file per fuzzing process.
const std::string& scratch() {
  static const std::string path = "/tmp/akhbar-fuzz-" + std::to_string(::getpid());
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

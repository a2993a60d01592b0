#pragma once
// Encodings and text clean-up shared by the loader's readers: detection, incremental decoding
// to UTF-8, line ends, HTML entities, mojibake repair, Arabic letter checks.

#include <akhbar/result.h>
#include <akhbar/text.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace akhbar::detail {

// Length of the longest valid UTF-8 prefix of `s` (an incomplete last sequence is not counted).
std::size_t utf8_valid_prefix(std::string_view s);
// True when the whole of `s` is valid UTF-8 (simdjson's SIMD validator for all but tiny inputs).
bool is_utf8(std::string_view s);

// The canonical name akhbar uses for an encoding ("utf8", "cp1256", "ibm-720" → "UTF-8",
// "windows-1256", "CP720"); other ICU-known names are returned as ICU's canonical name;
// nullopt when neither akhbar nor ICU knows it.
std::optional<std::string> canonical_encoding_name(std::string_view name);

// What detect() found.
struct Detection {
  std::string encoding;  // canonical name; empty when `binary`
  std::size_t bom = 0;   // length of the byte-order mark at the start
  bool binary = false;   // NUL bytes or control characters that no text encoding explains
};

// Detects the encoding of `sample`; `complete` says whether it is the whole input (else a
// trailing incomplete UTF-8 sequence is allowed).
Detection detect_encoding(std::string_view sample, bool complete);

// True when the bytes start with the signature of a common binary format (PNG, JPEG, PDF, ...).
bool has_binary_magic(std::string_view sample);

// Decodes a byte stream to UTF-8 piece by piece; invalid sequences become U+FFFD.
class Converter {
 public:
  virtual ~Converter() = default;
  // A converter for a canonical name (see canonical_encoding_name); nullptr when unknown.
  static std::unique_ptr<Converter> make(const std::string& encoding);
  // Appends the UTF-8 for `in` to `out`; with `last`, an incomplete tail is replaced too.
  virtual void convert(std::string_view in, std::string& out, bool last) = 0;
  // Forgets partial input (for reusing the converter on the next record).
  virtual void reset() = 0;
  // Invalid sequences replaced so far.
  std::size_t replaced = 0;
};

// Encodes UTF-8 text into a UTF-16/32 encoding (used to give multi-record UTF-16 inputs their
// per-record raw bytes); other encodings return the text unchanged.
std::string encode_utf8_as(std::string_view utf8, const std::string& encoding);

// Turns CRLF, CR, NEL (U+0085), U+2028 and U+2029 into '\n', in place.
void normalize_line_ends(std::string& s);

// Decodes HTML/XML character references (&amp; &quot; &nbsp; &#1575; &#x627; ...); unknown
// names are kept as written.
std::string decode_entities(std::string_view s);

// Repairs UTF-8 that was decoded as windows-1256 or windows-1252 and saved again (possibly
// more than once); returns a description of each repair made (empty when none).
std::vector<Warning> repair_mojibake(std::string& text);

// True when UTF-8 text holds at least one Arabic letter (stops at the first).
bool has_arabic_letter(std::string_view utf8);

// How much UTF-8 text looks like correctly decoded Arabic: the score detection gives each
// candidate code page (frequent letters and "ال" add, U+FFFD, C1 controls, box drawing and Latin
// letters among Arabic ones subtract).
double arabic_plausibility(std::string_view utf8);

// Number of Arabic letters in UTF-8 text (diacritics and digits not counted).
std::size_t count_arabic_letters(std::string_view utf8);

// decode() for bytes already known to be valid UTF-8: no validation pass, no converter.
void finish_utf8(std::string_view valid, std::string& out, std::size_t& replaced,
                 std::vector<Warning>& repairs);

}  // namespace akhbar::detail

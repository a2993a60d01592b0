// Loader (first cut: UTF-8 text files and folders; the loader issue deepens it).
#include <akhbar/loader.h>

#include <openssl/evp.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace akhbar {
namespace fs = std::filesystem;
namespace {

std::string sha256_hex(std::string_view bytes) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  EVP_Digest(bytes.data(), bytes.size(), md, &n, EVP_sha256(), nullptr);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned i = 0; i < n; ++i) {
    out += hex[md[i] >> 4];
    out += hex[md[i] & 15];
  }
  return out;
}

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

LoadStats load(const std::vector<std::string>& paths, const LoadOptions& options,
               const DocumentSink& sink, const DiagnosticSink& diag) {
  LoadStats stats;
  auto read_one = [&](const std::string& path, std::string bytes) {
    ++stats.inputs;
    stats.bytes += bytes.size();
    Document doc;
    doc.input.path = path;
    doc.format = "text";
    Decoded d = decode(bytes, options.encoding);
    doc.text = std::move(d.text);
    doc.input.encoding = d.encoding;
    doc.input.sha256 = sha256_hex(bytes);
    doc.raw = std::move(bytes);
    ++stats.records;
    sink(std::move(doc));
  };
  for (const auto& p : paths) {
    if (p == "-") {
      std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
      read_one(p, std::move(bytes));
      continue;
    }
    std::error_code ec;
    std::vector<std::string> files;
    if (fs::is_directory(p, ec)) {
      for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file(ec)) files.push_back(it->path().string());
      std::sort(files.begin(), files.end());
    } else {
      files.push_back(p);
    }
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      if (!in) {
        ++stats.failed;
        diag({Severity::error, f, "cannot open: " + std::string(std::strerror(errno))});
        continue;
      }
      std::ostringstream ss;
      ss << in.rdbuf();
      read_one(f, ss.str());
    }
  }
  return stats;
}

Result<std::vector<std::string>> read_path_list(const std::string& list_file) {
  std::ifstream f(list_file);
  if (!f) return Error{"cannot open path list", list_file};
  std::vector<std::string> out;
  for (std::string line; std::getline(f, line);)
    if (!line.empty()) out.push_back(line);
  return out;
}

}  // namespace akhbar

#pragma once
// Helpers shared by the loader tests: temporary files and reading whole files.

#include <akhbar/loader.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace akhbar::test {

// Everything one load() produced: documents, diagnostics as printed, counts.
struct Loaded {
  std::vector<Document> docs;
  std::vector<std::string> diags;  // Diagnostic::str()
  LoadStats stats;
};

// Loads `paths` and keeps everything that came out.
inline Loaded run(const std::vector<std::string>& paths, const LoadOptions& options = {}) {
  Loaded l;
  l.stats = load(
      paths, options, [&](Document&& d) { l.docs.push_back(std::move(d)); },
      [&](const Diagnostic& d) { l.diags.push_back(d.str()); });
  return l;
}

// A fresh temporary folder, removed with everything in it at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "akhbar-loader-XXXXXX").string();
    m_path = ::mkdtemp(tmpl.data()) ? tmpl : std::string();
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // Writes `bytes` to `name` (folders created) and returns the full path.
  std::string write(const std::string& name, std::string_view bytes) const {
    std::filesystem::path p = std::filesystem::path(m_path) / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return p.string();
  }
  const std::string& path() const { return m_path; }

 private:
  std::string m_path;
};

// The whole content of a file, as bytes.
inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace akhbar::test

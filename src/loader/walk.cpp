// Folder walking: one folder listed at a time and sorted by name (byte order, so the order does
// not depend on the locale), symlinks followed unless they lead back to a folder already seen.
#include <akhbar/loader.h>
#include <dirent.h>
#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <set>
#include <utility>


namespace akhbar {
namespace detail {
namespace {

struct Walker {
  const LoadOptions& options;
  const std::function<bool(const std::string&)>& file;
  const std::function<void(const Diagnostic&)>& problem;
  std::set<std::pair<dev_t, ino_t>> seen;  // folders entered, to break symlink loops
  bool stopped = false;

  static bool matches(const std::vector<std::string>& globs, const std::string& name,
                      const std::string& rel) {
    for (const auto& g : globs) {
      const std::string& subject = g.find('/') != std::string::npos ? rel : name;
      if (fnmatch(g.c_str(), subject.c_str(), 0) == 0) return true;
    }
    return false;
  }

  static std::string join(const std::string& dir, const std::string& name) {
    if (!dir.empty() && dir.back() == '/') return dir + name;
    return dir + "/" + name;
  }

  void folder(const std::string& dir, const std::string& rel, const struct stat& st) {
    if (!seen.emplace(st.st_dev, st.st_ino).second) return;
    DIR* d = ::opendir(dir.c_str());
    if (!d) {
      problem({Severity::error,
               kind::unreadable_folder,
               {dir},
               std::string("cannot read folder: ") + std::strerror(errno)});
      return;
    }
    std::vector<std::string> names;
    while (dirent* e = ::readdir(d)) {
      std::string n = e->d_name;
      if (n == "." || n == "..") continue;
      names.push_back(std::move(n));
    }
    ::closedir(d);
    std::sort(names.begin(), names.end());
    for (const auto& name : names) {
      if (stopped) return;
      if (!options.hidden && name[0] == '.') continue;
      std::string path = join(dir, name);
      std::string r = rel.empty() ? name : rel + "/" + name;
      struct stat es;
      if (::stat(path.c_str(), &es) != 0) {
        // A dangling link or a file that vanished since the listing.
        problem({Severity::error,
                 kind::cannot_open,
                 {path},
                 std::string("cannot open: ") + std::strerror(errno)});
        continue;
      }
      if (!options.exclude.empty() && matches(options.exclude, name, r)) continue;
      if (S_ISDIR(es.st_mode)) {
        folder(path, r, es);
      } else if (S_ISREG(es.st_mode)) {
        if (!options.include.empty() && !matches(options.include, name, r)) continue;
        if (!file(path)) stopped = true;
      }
    }
  }
};

}  // namespace
}  // namespace detail

void walk_inputs(const std::vector<std::string>& paths, const LoadOptions& options,
                 const std::function<bool(const std::string&)>& file, const DiagnosticSink& problem) {
  detail::Walker w{options, file, problem, {}, false};
  for (const auto& p : paths) {
    if (w.stopped) return;
    struct stat st;
    if (p != "-" && ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
      w.folder(p, "", st);
      continue;
    }
    // Files named on the command line are read whatever their name; open() reports problems.
    if (!file(p)) return;
  }
}

Result<std::vector<std::string>> read_path_list(const std::string& list_file) {
  std::ifstream f;
  std::istream* in = &std::cin;
  if (list_file != "-") {
    f.open(list_file);
    if (!f) return Error{std::string("cannot open path list: ") + std::strerror(errno), list_file};
    in = &f;
  }
  std::vector<std::string> out;
  for (std::string line; std::getline(*in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

}  // namespace akhbar

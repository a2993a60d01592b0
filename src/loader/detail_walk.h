#pragma once
// Turning command-line paths into the files to read: folders walked in sorted order, globs,
// hidden files, symlinks followed once.

#include <akhbar/loader.h>

#include <functional>
#include <string>
#include <vector>

namespace akhbar::detail {

// Calls `file` for each file to read, in order ("-" passes through), and `problem` for each
// path that cannot be walked; stops early when `file` returns false.
void walk_inputs(const std::vector<std::string>& paths, const LoadOptions& options,
                 const std::function<bool(const std::string&)>& file,
                 const std::function<void(const Diagnostic&)>& problem);

}  // namespace akhbar::detail

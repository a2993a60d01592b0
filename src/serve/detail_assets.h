#pragma once
// The static files the pages use, compiled in: the server reads no file but the archive.

#include <string_view>

namespace akhbar::serve_detail {

// A static file: its bytes and Content-Type.
struct Asset {
  std::string_view body;
  std::string_view type;
};

// The asset served at /static/`name`, or nullptr (every other name is a 404: nothing is looked
// up on disk, so "../" and encoded tricks have nothing to reach).
const Asset* find_asset(std::string_view name);

}  // namespace akhbar::serve_detail

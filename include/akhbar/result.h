#pragma once
// Errors as values, and the diagnostics that stages report while they keep going.

#include <string>
#include <utility>
#include <variant>

namespace akhbar {

// What went wrong and where: `where` is "path", "path:line" or "path: byte N" (may be empty).
struct Error {
  std::string message;
  std::string where;

  // The message with its location in front, as printed after "akhbar: error: ".
  std::string str() const { return where.empty() ? message : where + ": " + message; }
};

// A value or an Error; converts to bool like pugixml's xml_parse_result.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : m_v(std::move(value)) {}
  Result(Error error) : m_v(std::move(error)) {}

  // True when a value is held.
  explicit operator bool() const { return m_v.index() == 0; }
  // The value; only valid when the result is true.
  T& value() & { return std::get<0>(m_v); }
  const T& value() const& { return std::get<0>(m_v); }
  T&& value() && { return std::get<0>(std::move(m_v)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  // The error; only valid when the result is false.
  const Error& error() const { return std::get<1>(m_v); }

 private:
  std::variant<T, Error> m_v;
};

// Success or an Error, for operations with no value.
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : m_error(std::move(error)), m_failed(true) {}

  // True on success.
  explicit operator bool() const { return !m_failed; }
  // The error; only valid when the result is false.
  const Error& error() const { return m_error; }

 private:
  Error m_error;
  bool m_failed = false;
};

// How serious a diagnostic is: a warning keeps the record, an error loses (part of) an input.
enum class Severity { warning, error };

// One message for the user about one input; the run goes on after it.
struct Diagnostic {
  Severity severity = Severity::warning;
  std::string where;  // "path", "path:line", "path: byte N"
  std::string message;

  // "akhbar: error: where: message", the one-line form printed on stderr.
  std::string str() const {
    std::string s = severity == Severity::error ? "akhbar: error: " : "akhbar: warning: ";
    if (!where.empty()) s += where + ": ";
    return s + message;
  }
};

}  // namespace akhbar

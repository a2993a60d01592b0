#pragma once
// Serve: a read-only web interface to an archive (`akhbar serve`). Every page is HTML drawn on the
// server from escaped data, with no script, and answers as JSON too (?format=json or /api/...).

#include <akhbar/result.h>
#include <akhbar/segmenter.h>

#include <cstdio>
#include <memory>
#include <string>

namespace akhbar {

// How the server runs.
struct ServeOptions {
  std::string db;                   // the archive, opened read-only (one connection per thread)
  std::string bind = "127.0.0.1";   // the address to listen on
  int port = 8080;                  // 0: any free port (Server::port() says which)
  unsigned threads = 8;             // connections served at once
  unsigned jobs = 0;                // requests worked on at once (0: one per core); the rest wait
  int timeout_seconds = 10;         // longest a client may take to send one request
  std::string version;              // shown in the pages' footer ("akhbar 0.1.0")
  std::FILE* access_log = nullptr;  // one line per request (method, target, status, bytes, ms, service ms)
};

// True when `address` is a loopback address (127.0.0.0/8, ::1, localhost).
bool is_loopback(const std::string& address);

// A bound server. Movable, not copyable.
class Server {
 public:
  // Opens the archive read-only and binds the port; errors name the archive or the address.
  static Result<Server> create(const ServeOptions& options, Segmenter segmenter);
  ~Server();
  Server(Server&&) noexcept;
  Server& operator=(Server&&) noexcept;

  // The port actually bound.
  int port() const;
  // Serves until stop(); returns after every connection has been closed.
  Result<void> run();
  // Makes run() return; safe from any thread (not from a signal handler).
  void stop();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace akhbar

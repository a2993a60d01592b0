// `akhbar serve`: the archive in a browser, read-only, from this binary (include/akhbar/serve.h).
#include <akhbar/serve.h>
#include <pthread.h>

#include <csignal>
#include <cstdio>
#include <thread>

#include "cli/build_info.h"
#include "cli/command.h"
#include "cli/common.h"

namespace akhbar::cli {
namespace {

class ServeCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    add_db_option(app, m_db);
    app.add_option("--bind", m_options.bind,
                   "Address to listen on; anything but loopback lets other machines read the archive")
        ->capture_default_str();
    app.add_option("--port", m_options.port, "Port to listen on (0: any free port)")
        ->capture_default_str()
        ->check(CLI::Range(0, 65535));
    app.add_option("--threads", m_options.threads, "Connections served at once")
        ->capture_default_str()
        ->check(CLI::Range(1, 256));
    app.add_option("--jobs", m_options.jobs,
                   "Requests worked on at once (0: one per core); the others wait their turn")
        ->capture_default_str()
        ->check(CLI::Range(0, 256));
    app.add_option("--timeout", m_options.timeout_seconds,
                   "Seconds a client may take to send a request before its connection is closed")
        ->capture_default_str()
        ->check(CLI::Range(1, 3600));
    app.add_option("--access-log", m_access_log,
                   "Append one line per request to FILE: method, target, status, bytes, milliseconds in the "
                   "server, milliseconds of work (after waiting for --jobs)");
    m_segment.add_to(app);
    app.footer(
        "Pages: / and /search (q, source, since, until, page, n), /article/ID, /article/ID/segmentation,\n"
        "/article/ID/raw, /stats, /sources, /duplicates. Each answers as JSON under /api/... or with\n"
        "?format=json, in the shapes of the commands' --format json. Read-only: the archive is opened\n"
        "read-only, so `akhbar ingest` may write to it meanwhile. Ctrl-C stops the server.");
  }

  int run() override {
    m_options.db = resolve_db(m_db);
    m_options.version = std::string("akhbar ") + build_version;
    std::FILE* log = nullptr;
    if (!m_access_log.empty()) {
      log = std::fopen(m_access_log.c_str(), "a");
      if (!log) throw UsageError("--access-log: cannot write " + m_access_log);
      m_options.access_log = log;
    }
    // SIGINT and SIGTERM are taken by one thread that stops the server; blocked before any other
    // thread starts, so that every thread inherits the mask and none is interrupted.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    auto server = Server::create(m_options, m_segment.make());
    if (!server) {
      if (log) std::fclose(log);
      throw Failure(server.error().str());
    }
    std::fprintf(stderr, "serve: %s read-only at http://%s:%d/ (Ctrl-C stops)\n", m_options.db.c_str(),
                 m_options.bind.find(':') != std::string::npos ? ("[" + m_options.bind + "]").c_str()
                                                               : m_options.bind.c_str(),
                 server->port());
    if (!is_loopback(m_options.bind))
      std::fprintf(
          stderr,
          "serve: warning: listening on %s, not loopback: anyone who can reach this machine can read the "
          "archive\n",
          m_options.bind.c_str());
    std::fflush(stderr);
    std::thread waiter([&] {
      int sig = 0;
      sigwait(&signals, &sig);
      server->stop();
    });
    auto ran = server->run();
    // Wakes the waiter when the server ended on its own.
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    if (log) std::fclose(log);
    if (!ran) throw Failure(ran.error().str());
    std::fprintf(stderr, "serve: stopped\n");
    return exit_ok;
  }

 private:
  std::string m_db, m_access_log;
  ServeOptions m_options;
  SegmentFlags m_segment;
};

const Registration registration("serve", "Browse and search the archive in a web browser (read-only)", 58,
                                [] { return std::make_unique<ServeCommand>(); });

}  // namespace
}  // namespace akhbar::cli

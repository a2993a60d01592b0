#pragma once
// Closes connections that take too long to send a request. httplib's read timeout applies to
// each read, so a client sending one byte a second would hold a worker thread forever; the
// reaper gives every request a deadline from the moment its connection was first seen or its
// previous response was sent, and shuts down the socket of any that misses it.

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <string>
#include <thread>

namespace akhbar::serve_detail {

// Watches the process's sockets connected to `port`.
class Reaper {
 public:
  using Clock = std::chrono::steady_clock;

  Reaper(int port, std::chrono::milliseconds deadline) : m_port(port), m_deadline(deadline) {}
  ~Reaper() { stop(); }
  Reaper(const Reaper&) = delete;
  Reaper& operator=(const Reaper&) = delete;

  // Starts the watching thread.
  void start();
  // A response was sent on the connection from `peer` ("addr port"): its next request has a new deadline.
  void completed(const std::string& peer);
  // From now on every connection is closed at once (the server is stopping).
  void close_all();
  // Stops the watching thread.
  void stop();

 private:
  void loop();
  void scan(Clock::time_point now, bool all);

  int m_port;
  std::chrono::milliseconds m_deadline;
  std::mutex m_mutex;
  std::condition_variable m_wake;
  bool m_stop = false, m_all = false;
  std::map<std::string, Clock::time_point> m_seen, m_done;  // by peer
  std::thread m_thread;
};

}  // namespace akhbar::serve_detail

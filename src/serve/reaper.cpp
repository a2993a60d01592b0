// The request deadline (detail_reaper.h): /proc/self/fd lists the sockets, getsockname and
// getpeername say which are this server's connections and from whom.
#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <vector>

#include "serve/detail_reaper.h"

namespace akhbar::serve_detail {
namespace {

// "addr port" of a socket's address, "" for anything but IPv4/IPv6.
std::string address_key(const sockaddr_storage& a) {
  char buf[INET6_ADDRSTRLEN] = {};
  int port = 0;
  if (a.ss_family == AF_INET) {
    const auto* in = reinterpret_cast<const sockaddr_in*>(&a);
    inet_ntop(AF_INET, &in->sin_addr, buf, sizeof buf);
    port = ntohs(in->sin_port);
  } else if (a.ss_family == AF_INET6) {
    const auto* in = reinterpret_cast<const sockaddr_in6*>(&a);
    inet_ntop(AF_INET6, &in->sin6_addr, buf, sizeof buf);
    port = ntohs(in->sin6_port);
  } else {
    return {};
  }
  return std::string(buf) + " " + std::to_string(port);
}

int local_port(int fd) {
  sockaddr_storage a{};
  socklen_t n = sizeof a;
  if (getsockname(fd, reinterpret_cast<sockaddr*>(&a), &n) != 0) return -1;
  if (a.ss_family == AF_INET) return ntohs(reinterpret_cast<const sockaddr_in*>(&a)->sin_port);
  if (a.ss_family == AF_INET6) return ntohs(reinterpret_cast<const sockaddr_in6*>(&a)->sin6_port);
  return -1;
}

// The peer of this server's connection `fd`, or "".
std::string peer_of(int fd, int port) {
  if (local_port(fd) != port) return {};
  sockaddr_storage a{};
  socklen_t n = sizeof a;
  if (getpeername(fd, reinterpret_cast<sockaddr*>(&a), &n) != 0) return {};  // the listener, or closed
  return address_key(a);
}

}  // namespace

void Reaper::start() {
  m_thread = std::thread([this] { loop(); });
}

void Reaper::completed(const std::string& peer) {
  std::lock_guard lock(m_mutex);
  m_done[peer] = Clock::now();
}

void Reaper::close_all() {
  {
    std::lock_guard lock(m_mutex);
    m_all = true;
  }
  m_wake.notify_all();
}

void Reaper::stop() {
  {
    std::lock_guard lock(m_mutex);
    m_stop = true;
  }
  m_wake.notify_all();
  if (m_thread.joinable()) m_thread.join();
}

void Reaper::loop() {
  std::unique_lock lock(m_mutex);
  while (!m_stop) {
    // Closing everything (stopping) is checked often so that the server stops quickly.
    m_wake.wait_for(lock, m_all ? std::chrono::milliseconds(50) : std::chrono::milliseconds(250));
    if (m_stop) break;
    bool all = m_all;
    lock.unlock();
    scan(Clock::now(), all);
    lock.lock();
  }
}

void Reaper::scan(Clock::time_point now, bool all) {
  std::vector<std::pair<int, std::string>> sockets;
  if (DIR* dir = opendir("/proc/self/fd")) {
    while (dirent* e = readdir(dir)) {
      char* end = nullptr;
      long fd = std::strtol(e->d_name, &end, 10);
      if (end == e->d_name || *end || fd == dirfd(dir)) continue;
      std::string peer = peer_of(static_cast<int>(fd), m_port);
      if (!peer.empty()) sockets.emplace_back(static_cast<int>(fd), std::move(peer));
    }
    closedir(dir);
  }
  std::vector<int> expired;
  {
    std::lock_guard lock(m_mutex);
    std::map<std::string, Clock::time_point> seen;
    for (const auto& [fd, peer] : sockets) {
      auto first = m_seen.count(peer) ? m_seen[peer] : now;
      seen[peer] = first;
      auto last = first;
      if (auto it = m_done.find(peer); it != m_done.end() && it->second > last) last = it->second;
      if (all || now - last > m_deadline) expired.push_back(fd);
    }
    // Forget connections that are gone.
    for (auto it = m_done.begin(); it != m_done.end();)
      it = seen.count(it->first) ? std::next(it) : m_done.erase(it);
    m_seen = std::move(seen);
  }
  for (int fd : expired) {
    // The fd may have been closed and reused since the scan: shut it only if it is still ours.
    for (const auto& [f, peer] : sockets)
      if (f == fd && peer_of(fd, m_port) == peer) shutdown(fd, SHUT_RDWR);
  }
}

}  // namespace akhbar::serve_detail

// The HTTP side of `akhbar serve` (cpp-httplib): routing, the security headers, the archive
// connections (one read-only connection per worker thread, reused), errors as pages or JSON.
#include <akhbar/archive.h>
#include <akhbar/archive_json.h>
#include <akhbar/loader.h>
#include <akhbar/normalizer.h>
#include <akhbar/serve.h>
#include <arpa/inet.h>
#include <httplib.h>
#include <sys/socket.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "serve/detail_assets.h"
#include "serve/detail_html.h"
#include "serve/detail_pages.h"
#include "serve/detail_query.h"
#include "serve/detail_reaper.h"

namespace akhbar {
namespace sd = serve_detail;
using nlohmann::ordered_json;

namespace {

// What a route answers.
struct Reply {
  int status = 200;
  std::string body;
  std::string type = "text/html; charset=utf-8";
};

// A request as the routes see it: the path without /api, and whether JSON was asked for.
struct Ask {
  std::string path;
  sd::Params params;
  bool json = false;
};

// One worker's archive connection and normalizer (neither is thread-safe).
struct Slot {
  Archive archive;
  std::optional<Normalizer> normalizer;
};

constexpr const char* security_policy =
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'";

std::string json_text(const ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::int64_t parse_id(const std::string& text) {
  if (text.empty() || text.size() > 18) return -1;
  for (char c : text)
    if (c < '0' || c > '9') return -1;
  return std::stoll(text);
}

// A worker's connection: read-only, and memory-mapped so that the pages a search reads (index,
// row sizes, bodies) cost no read() call and copy each.
Result<Archive> open_archive(const std::string& db) {
  OpenOptions options;
  options.mmap_bytes = std::int64_t{1} << 32;  // SQLite caps it at its build's limit (2 GB on Debian)
  return Archive::open(db, OpenMode::read_only, options);
}

// The request's start and the moment it was let in to work (the gate), per worker thread:
// pre-routing and with_archive set them, the logger reads them.
thread_local std::chrono::steady_clock::time_point request_start, service_start;

}  // namespace

bool is_loopback(const std::string& address) {
  if (address == "localhost" || address == "::1") return true;
  in_addr a{};
  if (inet_pton(AF_INET, address.c_str(), &a) == 1) return (ntohl(a.s_addr) >> 24) == 127;
  return false;
}

struct Server::Impl {
  ServeOptions options;
  Segmenter segmenter;
  httplib::Server http;
  int port = 0;
  std::unique_ptr<sd::Reaper> reaper;
  std::mutex pool_mutex;
  std::vector<std::unique_ptr<Slot>> pool;
  std::mutex log_mutex;
  // The gate: at most `jobs` requests use the archive at once. More threads than cores only
  // interleave CPU-bound queries (each one slower, none sooner); waiting here is first come, first
  // served, and the access log tells the wait from the work.
  std::mutex gate_mutex;
  std::condition_variable gate_open;
  unsigned busy = 0, jobs = 1;
  // The source filter's list, for every search page: counting articles per source scans the
  // source index (~10 ms at 100,000 articles), so it is kept a few seconds (an ingest may add some).
  std::mutex sources_mutex;
  std::vector<std::pair<std::string, std::int64_t>> sources_cache;
  std::chrono::steady_clock::time_point sources_time;

  Impl(ServeOptions o, Segmenter s) : options(std::move(o)), segmenter(std::move(s)) {}

  // Borrows an archive connection (opening one when all are in use) and gives it back after.
  template <class F>
  Reply with_archive(F&& f) {
    {
      std::unique_lock lock(gate_mutex);
      gate_open.wait(lock, [&] { return busy < jobs; });
      ++busy;
    }
    service_start = std::chrono::steady_clock::now();
    struct Leave {
      Impl& impl;
      ~Leave() {
        {
          std::lock_guard lock(impl.gate_mutex);
          --impl.busy;
        }
        impl.gate_open.notify_one();
      }
    } leave{*this};
    std::unique_ptr<Slot> slot;
    {
      std::lock_guard lock(pool_mutex);
      if (!pool.empty()) {
        slot = std::move(pool.back());
        pool.pop_back();
      }
    }
    if (!slot) {
      auto a = open_archive(options.db);
      if (!a) return {500, a.error().str()};
      slot = std::make_unique<Slot>(Slot{std::move(a).value(), std::nullopt});
    }
    // One read transaction per page: one snapshot for its queries, not one per statement.
    if (auto b = slot->archive.begin_read(); !b) return {500, b.error().str()};
    Reply r = f(*slot);
    slot->archive.end_read();
    std::lock_guard lock(pool_mutex);
    pool.push_back(std::move(slot));
    return r;
  }

  Reply error(const Ask& ask, int status, const std::string& message) const {
    if (ask.json)
      return {status, json_text({{"error", {{"status", status}, {"message", message}}}}), json_type()};
    return {status,
            sd::page({std::to_string(status), "", "", options.version}, sd::error_main(status, message))};
  }
  static std::string json_type() { return "application/json; charset=utf-8"; }

  Reply html(const Ask& ask, const std::string& title, const std::string& query,
             const std::string& main) const {
    // The page's JSON form: the same URL under /api.
    std::vector<std::pair<std::string, std::string>> params(ask.params.begin(), ask.params.end());
    return {200, sd::page({title, query,
                           sd::link("/api" + (ask.path == "/" ? std::string("/search") : ask.path), params),
                           options.version},
                          main)};
  }

  Reply route(const Ask& ask);
  Reply search(const Ask& ask);
  Reply article(const Ask& ask, std::int64_t id);
  Reply segmentation(const Ask& ask, std::int64_t id);
  Reply raw(const Ask& ask, std::int64_t id);
  Reply stats(const Ask& ask);
  Reply sources(const Ask& ask);
  Reply duplicates(const Ask& ask);
  Reply months(const Ask& ask);

  void install();
  void log(const httplib::Request& req, const httplib::Response& res);
};

Reply Server::Impl::route(const Ask& ask) {
  const std::string& p = ask.path;
  if (p == "/" || p == "/search") return search(ask);
  if (p == "/stats") return stats(ask);
  if (p == "/sources") return sources(ask);
  if (p == "/duplicates") return duplicates(ask);
  if (p == "/months") return months(ask);
  if (p.rfind("/article/", 0) == 0) {
    std::string rest = p.substr(9);
    std::string tail;
    if (auto slash = rest.find('/'); slash != std::string::npos) {
      tail = rest.substr(slash);
      rest = rest.substr(0, slash);
    }
    std::int64_t id = parse_id(rest);
    if (id < 0) return error(ask, 400, "not an article id: '" + rest + "'");
    if (tail.empty()) return article(ask, id);
    if (tail == "/segmentation") return segmentation(ask, id);
    if (tail == "/raw") return raw(ask, id);
  }
  return error(ask, 404, "no page at " + p);
}

Reply Server::Impl::search(const Ask& ask) {
  auto req = sd::read_search(ask.params);
  if (!req) return error(ask, 400, req.error().str());
  if (!req->q.empty())
    if (auto q = Archive::check_query(req->q); !q) return error(ask, 400, q.error().str());
  return with_archive([&](Slot& slot) -> Reply {
    sd::SearchView v;
    v.request = *req;
    Filters f = req->filters();
    // The HTML page shows no scores; the JSON answer carries them.
    f.scores = ask.json;
    auto rows = req->q.empty() ? slot.archive.list(f) : slot.archive.search(req->q, f);
    if (!rows) return error(ask, 500, rows.error().str());
    v.rows = std::move(rows).value();
    auto count = slot.archive.count(req->q, f, sd::max_counted + 1);
    if (!count) return error(ask, 500, count.error().str());
    v.count = std::min(*count, sd::max_counted);
    v.more = *count > sd::max_counted;
    if (ask.json) {
      ordered_json results = ordered_json::array();
      for (const auto& s : v.rows) results.push_back(req->q.empty() ? summary_json(s) : search_hit_json(s));
      ordered_json query = {{"q", req->q},
                            {"source", json_or_null(f.source)},
                            {"since", json_or_null(f.since)},
                            {"until", json_or_null(f.until)},
                            {"page", req->page},
                            {"n", req->per_page}};
      return {200,
              json_text({{"query", std::move(query)},
                         {"count", v.count},
                         {"more", v.more},
                         {"offset", f.offset},
                         {"results", std::move(results)}}),
              json_type()};
    }
    {
      std::lock_guard lock(sources_mutex);
      auto now = std::chrono::steady_clock::now();
      if (sources_cache.empty() || now - sources_time > std::chrono::seconds(5)) {
        auto sources = slot.archive.sources();
        if (!sources) return error(ask, 500, sources.error().str());
        sources_cache = std::move(sources).value();
        sources_time = now;
      }
      v.sources = sources_cache;
    }
    return html(ask, req->q.empty() ? "المقالات" : req->q, req->q, sd::search_main(v));
  });
}

Reply Server::Impl::article(const Ask& ask, std::int64_t id) {
  return with_archive([&](Slot& slot) -> Reply {
    auto a = slot.archive.get(id);
    if (!a) return error(ask, 500, a.error().str());
    if (!a->has_value()) return error(ask, 404, "no article with id " + std::to_string(id));
    if (ask.json) return {200, to_json_line(**a) + "\n", json_type()};
    sd::ArticleView v;
    v.id = id;
    v.article = std::move(**a);
    auto inputs = slot.archive.inputs(id);
    auto related = slot.archive.related(id);
    auto near = slot.archive.near_duplicates(id);
    if (!inputs || !related || !near)
      return error(ask, 500, (!inputs ? inputs.error() : !related ? related.error() : near.error()).str());
    v.inputs = std::move(inputs).value();
    v.related = std::move(related).value();
    v.near = std::move(near).value();
    // Every stored input keeps its raw copy; imported records (akhbar import) have none.
    auto doc = slot.archive.source_document(id);
    v.has_raw = doc && doc->has_value();
    return html(ask, v.article.title.value_or("#" + std::to_string(id)), "", sd::article_main(v));
  });
}

Reply Server::Impl::segmentation(const Ask& ask, std::int64_t id) {
  return with_archive([&](Slot& slot) -> Reply {
    auto a = slot.archive.get(id);
    if (!a) return error(ask, 500, a.error().str());
    if (!a->has_value()) return error(ask, 404, "no article with id " + std::to_string(id));
    auto doc = slot.archive.source_document(id);
    if (!doc) return error(ask, 500, doc.error().str());
    if (!doc->has_value())
      return error(ask, 404, "article " + std::to_string(id) + " has no raw copy to segment");
    Document& d = **doc;
    if (d.text.empty() && !d.raw.empty()) {
      // Plain-text inputs keep only their raw bytes: decode them as the loader did (as reparse does).
      d.text = decode(d.raw,
                      d.input.encoding.empty() ? std::nullopt : std::optional<std::string>(d.input.encoding))
                   .text;
    }
    if (!slot.normalizer) slot.normalizer.emplace();
    sd::SegmentationView v;
    v.id = id;
    v.title = (*a)->title;
    v.input = d.input;
    v.format = d.format;
    try {
      segmenter.segment(d, *slot.normalizer, &v.trace);
    } catch (const std::exception& e) {
      return error(ask, 500, std::string("could not segment the stored copy: ") + e.what());
    }
    if (ask.json) {
      ordered_json lines = ordered_json::array();
      for (const auto& t : v.trace)
        lines.push_back({{"line", t.line}, {"label", t.label}, {"rule", t.rule}, {"text", t.text}});
      return {
          200,
          json_text({{"id", id},
                     {"input",
                      {{"path", d.input.path}, {"record", d.input.record}, {"encoding", d.input.encoding}}},
                     {"format", d.format},
                     {"lines", std::move(lines)}}),
          json_type()};
    }
    return html(ask, "كيف قُسّم: " + v.title.value_or("#" + std::to_string(id)), "", sd::segmentation_main(v));
  });
}

Reply Server::Impl::raw(const Ask& ask, std::int64_t id) {
  return with_archive([&](Slot& slot) -> Reply {
    auto doc = slot.archive.source_document(id);
    if (!doc) return error(ask, 500, doc.error().str());
    if (!doc->has_value()) return error(ask, 404, "no raw copy for article " + std::to_string(id));
    // Shown as plain text in the charset it was decoded from (nosniff: never rendered as HTML).
    std::string charset = (*doc)->input.encoding;
    for (char c : charset)
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') charset.clear();
    return {200, std::move((*doc)->raw),
            "text/plain" + (charset.empty() ? std::string() : "; charset=" + charset)};
  });
}

Reply Server::Impl::stats(const Ask& ask) {
  return with_archive([&](Slot& slot) -> Reply {
    auto s = slot.archive.stats();
    if (!s) return error(ask, 500, s.error().str());
    if (ask.json) return {200, json_text(stats_json(*s)), json_type()};
    auto months = slot.archive.months_by_source();
    if (!months) return error(ask, 500, months.error().str());
    return html(ask, "إحصاءات", "", sd::stats_main(*s, *months));
  });
}

Reply Server::Impl::months(const Ask& ask) {
  return with_archive([&](Slot& slot) -> Reply {
    auto months = slot.archive.months_by_source();
    if (!months) return error(ask, 500, months.error().str());
    ordered_json rows = ordered_json::array();
    for (const auto& m : *months)
      rows.push_back({{"month", m.month}, {"source", m.source}, {"articles", m.articles}});
    return {200, json_text(rows), json_type()};
  });
}

Reply Server::Impl::sources(const Ask& ask) {
  return with_archive([&](Slot& slot) -> Reply {
    auto s = slot.archive.sources();
    if (!s) return error(ask, 500, s.error().str());
    if (ask.json) {
      ordered_json rows = ordered_json::array();
      for (const auto& [name, n] : *s) rows.push_back(source_json(name, n));
      return {200, json_text(rows), json_type()};
    }
    return html(ask, "المصادر", "", "<h1>المصادر</h1>\n" + sd::sources_main(*s));
  });
}

Reply Server::Impl::duplicates(const Ask& ask) {
  auto page = sd::read_page(ask.params);
  if (!page) return error(ask, 400, page.error().str());
  constexpr std::int64_t per_page = 50;
  return with_archive([&](Slot& slot) -> Reply {
    Filters f;
    f.limit = per_page;
    f.offset = (*page - 1) * per_page;
    auto pairs = slot.archive.duplicates(f);
    auto s = slot.archive.stats();
    if (!pairs) return error(ask, 500, pairs.error().str());
    if (!s) return error(ask, 500, s.error().str());
    if (ask.json) {
      ordered_json rows = ordered_json::array();
      for (const auto& p : *pairs) rows.push_back(duplicate_json(p));
      return {200,
              json_text({{"count", s->near_duplicates}, {"offset", f.offset}, {"results", std::move(rows)}}),
              json_type()};
    }
    return html(ask, "المتشابهة", "", sd::duplicates_main(*pairs, *page, per_page, s->near_duplicates));
  });
}

void Server::Impl::log(const httplib::Request& req, const httplib::Response& res) {
  if (reaper && req.remote_port >= 0)
    reaper->completed(req.remote_addr + " " + std::to_string(req.remote_port));
  if (!options.access_log) return;
  auto now = std::chrono::steady_clock::now();
  double ms = std::chrono::duration<double, std::milli>(now - request_start).count();
  // Requests that never waited at the gate (static files, errors) were served from their start.
  double service = service_start > request_start
                       ? std::chrono::duration<double, std::milli>(now - service_start).count()
                       : ms;
  std::string target = req.target.substr(0, 300);
  for (char& c : target)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
  std::lock_guard lock(log_mutex);
  std::fprintf(options.access_log, "%s %s %d %zu %.3f %.3f\n", req.method.c_str(), target.c_str(), res.status,
               res.body.size(), ms, service);
  std::fflush(options.access_log);
}

void Server::Impl::install() {
  http.set_default_headers({{"Content-Security-Policy", security_policy},
                            {"X-Content-Type-Options", "nosniff"},
                            {"Referrer-Policy", "no-referrer"},
                            {"X-Frame-Options", "DENY"},
                            {"Cross-Origin-Resource-Policy", "same-origin"},
                            {"Cache-Control", "no-cache"}});
  http.set_payload_max_length(64 * 1024);
  // httplib's default also sets SO_REUSEPORT, which would let a second server share a port in use.
  http.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  const time_t timeout = options.timeout_seconds;
  http.set_read_timeout(std::min<time_t>(timeout, 5), 0);
  http.set_write_timeout(std::min<time_t>(timeout, 5), 0);
  http.set_keep_alive_timeout(std::min<time_t>(timeout, 5));
  http.set_keep_alive_max_count(100);
  unsigned threads = std::max(1u, options.threads);
  jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  const bool loopback = is_loopback(options.bind);
  http.set_pre_routing_handler([this, loopback](const httplib::Request& req, httplib::Response& res) {
    request_start = std::chrono::steady_clock::now();
    if (!loopback) return httplib::Server::HandlerResponse::Unhandled;
    // Bound to loopback, only loopback names are served: a page elsewhere that resolves its own
    // name to 127.0.0.1 (DNS rebinding) gets nothing from the archive.
    std::string host = req.get_header_value("Host");
    if (!host.empty() && host[0] == '[')
      host = host.substr(0, host.find(']') + 1);
    else
      host = host.substr(0, host.find(':'));
    if (host == "localhost" || host == "[::1]" || is_loopback(host))
      return httplib::Server::HandlerResponse::Unhandled;
    Ask ask{req.path, {}, req.path.rfind("/api/", 0) == 0};
    Reply r = error(ask, 400, "unexpected Host header (this server answers to 127.0.0.1 and localhost only)");
    res.status = r.status;
    res.set_content(r.body, r.type);
    return httplib::Server::HandlerResponse::Handled;
  });
  http.Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
    Ask ask;
    ask.path = req.path;
    if (ask.path.rfind("/static/", 0) == 0) {
      const sd::Asset* asset = sd::find_asset(std::string_view(ask.path).substr(8));
      if (!asset) {
        Reply r = error(ask, 404, "no page at " + ask.path);
        res.status = r.status;
        res.set_content(r.body, r.type);
        return;
      }
      res.set_content(std::string(asset->body), std::string(asset->type));
      res.set_header("Cache-Control", "max-age=3600");
      return;
    }
    if (ask.path == "/api" || ask.path.rfind("/api/", 0) == 0) {
      ask.json = true;
      ask.path = ask.path.size() > 4 ? ask.path.substr(4) : "/";
    }
    std::string_view target = req.target;
    auto qmark = target.find('?');
    auto params = sd::parse_query_string(qmark == std::string_view::npos ? std::string_view()
                                                                         : target.substr(qmark + 1));
    Reply r;
    if (!params) {
      r = error(ask, 400, params.error().str());
    } else {
      ask.params = std::move(params).value();
      std::string format = sd::param(ask.params, "format");
      if (format == "json") ask.json = true;
      if (!format.empty() && format != "json" && format != "html")
        r = error(ask, 400, "format: '" + format + "' is not json or html");
      else
        r = route(ask);
    }
    res.status = r.status;
    res.set_content(r.body, r.type);
  });
  auto not_allowed = [this](const httplib::Request& req, httplib::Response& res) {
    Ask ask{req.path, {}, req.path.rfind("/api/", 0) == 0};
    Reply r = error(ask, 405, req.method + " is not allowed: this server is read-only (GET and HEAD only)");
    res.status = r.status;
    res.set_header("Allow", "GET, HEAD");
    res.set_content(r.body, r.type);
  };
  http.Post(".*", not_allowed);
  http.Put(".*", not_allowed);
  http.Patch(".*", not_allowed);
  http.Delete(".*", not_allowed);
  http.Options(".*", not_allowed);
  http.set_error_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    Ask ask{req.path, {}, req.path.rfind("/api/", 0) == 0};
    std::string what = res.status == 414   ? "the request's address is too long"
                       : res.status == 413 ? "the request is too large"
                       : res.status == 404 ? "no page at " + req.path
                                           : "bad request";
    Reply r = error(ask, res.status, what);
    res.set_content(r.body, r.type);
  });
  http.set_exception_handler(
      [this](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "internal error";
        try {
          if (ep) std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          what += std::string(": ") + e.what();
        } catch (...) {
        }
        Ask ask{req.path, {}, req.path.rfind("/api/", 0) == 0};
        Reply r = error(ask, 500, what);
        res.status = r.status;
        res.set_content(r.body, r.type);
      });
  http.set_logger([this](const httplib::Request& req, const httplib::Response& res) { log(req, res); });
}

Server::Server(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Server::~Server() = default;
Server::Server(Server&&) noexcept = default;
Server& Server::operator=(Server&&) noexcept = default;

Result<Server> Server::create(const ServeOptions& options, Segmenter segmenter) {
  // The archive must open now: a wrong --db is an error at start, not a page later.
  auto archive = open_archive(options.db);
  if (!archive) return archive.error();
  auto impl = std::make_unique<Impl>(options, std::move(segmenter));
  impl->pool.push_back(std::make_unique<Slot>(Slot{std::move(archive).value(), std::nullopt}));
  impl->install();
  if (options.port == 0) {
    impl->port = impl->http.bind_to_any_port(options.bind);
  } else if (impl->http.bind_to_port(options.bind, options.port)) {
    impl->port = options.port;
  } else {
    impl->port = -1;
  }
  if (impl->port <= 0)
    return Error{"cannot listen on " + options.bind + " port " + std::to_string(options.port) +
                     " (in use, or not an address of this machine)",
                 {}};
  impl->reaper = std::make_unique<sd::Reaper>(impl->port, std::chrono::seconds(options.timeout_seconds));
  return Server(std::move(impl));
}

int Server::port() const { return m_impl->port; }

Result<void> Server::run() {
  m_impl->reaper->start();
  bool ok = m_impl->http.listen_after_bind();
  m_impl->reaper->stop();
  if (!ok && m_impl->http.is_running()) return Error{"the server stopped unexpectedly", {}};
  return {};
}

void Server::stop() {
  m_impl->http.stop();
  m_impl->reaper->close_all();
}

}  // namespace akhbar

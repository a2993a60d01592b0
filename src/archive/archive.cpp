// Archive (placeholder until the archive issue lands: every call reports that).
#include <akhbar/archive.h>

namespace akhbar {
namespace {
Error todo() { return Error{"the archive is not built yet", ""}; }
}  // namespace

struct Archive::Impl {};

int Archive::schema_version() { return 0; }
Result<Archive> Archive::open(const std::string&, OpenMode) { return todo(); }
Archive::Archive(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Archive::~Archive() = default;
Archive::Archive(Archive&&) noexcept = default;
Archive& Archive::operator=(Archive&&) noexcept = default;
Result<void> Archive::begin() { return todo(); }
Result<void> Archive::commit() { return todo(); }
void Archive::rollback() {}
Result<StoreResult> Archive::store(const Article&, const Document&) { return todo(); }
Result<bool> Archive::has_input(const std::string&) { return todo(); }
Result<std::vector<Summary>> Archive::search(const std::string&, const Filters&) { return todo(); }
Result<std::vector<Summary>> Archive::list(const Filters&) { return todo(); }
Result<std::optional<Article>> Archive::get(std::int64_t) { return todo(); }
Result<std::optional<std::int64_t>> Archive::find_url(const std::string&) { return todo(); }
Result<void> Archive::for_each(const Filters&, const std::function<void(std::int64_t, const Article&)>&) { return todo(); }
Result<Stats> Archive::stats() { return todo(); }
Result<std::vector<std::pair<std::string, std::int64_t>>> Archive::sources() { return todo(); }
Result<std::vector<Summary>> Archive::related(std::int64_t) { return todo(); }
Result<std::vector<DuplicatePair>> Archive::duplicates(const Filters&) { return todo(); }
Result<void> Archive::for_each_input(const std::function<void(const Document&)>&) { return todo(); }

}  // namespace akhbar

// `paiban new DIR [--issue N]`: a new issue folder made from the house
// template (share/paiban/templates/issue), dated today, with its 期号.
#include <fcntl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>
#include <sstream>

#include "base/dates.h"
#include "base/input_file.h"
#include "base/program_location.h"
#include "base/translation.h"
#include "cli/commands.h"

namespace paiban::cli {
namespace {

namespace fs = std::filesystem;

struct NewArgs {
  std::string folder;
  int issue = 0;  // 0: one more than the latest issue of this year beside the folder
};

// Today: SOURCE_DATE_EPOCH's day (UTC) when set, so tests and reproducible
// builds get a fixed date; else the local calendar day of the editor's clock.
std::chrono::year_month_day today(const Environment& env) {
  if (const auto epoch = env.source_date_epoch()) return utc_time(*epoch).date;
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return std::chrono::year_month_day{std::chrono::year{local.tm_year + 1900},
                                     std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)},
                                     std::chrono::day{static_cast<unsigned>(local.tm_mday)}};
}

// The highest 期 number of `year` among the issues in the folders next to
// `folder` (their issue.md front matter: issue = "2025年第3期"); 0 if none.
int latest_issue_number(const fs::path& folder, int year) {
  const std::regex number(R"(^\s*issue\s*=\s*"\s*)" + std::to_string(year) +
                          R"(\s*年\s*第\s*([0-9]+)\s*期)");
  int latest = 0;
  std::error_code ec;
  const fs::path parent = fs::absolute(folder, ec).parent_path();
  for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
    const auto text = read_input_file((it->path() / "issue.md").string(), 1 << 20).bytes;
    if (!text) continue;
    std::istringstream lines(*text);
    std::smatch m;
    for (std::string line; std::getline(lines, line);)
      if (std::regex_search(line, m, number)) latest = std::max(latest, std::stoi(m[1].str()));
  }
  return latest;
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

// Writes a new file; never replaces one (O_EXCL), even one that appeared
// after the folder was checked.
bool write_new_file(const fs::path& path, const std::string& bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  return ::close(fd) == 0 && done == bytes.size();
}

int fail(const RenderContext& ctx, const std::string& where, const std::string& message,
         const std::string& hint) {
  ctx.err << where << ": " << tr(N_("error")) << ": " << translate_message(message) << "\n";
  if (!hint.empty())
    ctx.err << where << ": " << tr(N_("note")) << ": " << translate_message(hint) << "\n";
  return kBadInput;
}

int run_new(const NewArgs& args, const RenderContext& ctx) {
  const fs::path folder(args.folder);
  std::error_code ec;
  const auto status = fs::symlink_status(folder, ec);
  if (fs::exists(status)) {
    if (!fs::is_directory(status))
      return fail(ctx, args.folder, "exists and is not a folder",
                  "name a new folder, e.g. paiban new 2025-03");
    if (!fs::is_empty(folder, ec) || ec)
      return fail(ctx, args.folder, "the folder is not empty; paiban new never overwrites files",
                  "name a new folder, or an empty one");
  }
  if (const std::string bad = ctx.env.source_date_epoch_error(); !bad.empty())
    return fail(ctx, "paiban new", bad, "unset SOURCE_DATE_EPOCH to use today's date");

  const fs::path template_dir = fs::path(program_data_dir()) / "templates" / "issue";
  if (!fs::is_directory(template_dir, ec))
    return fail(ctx, template_dir.string(), "the issue template is missing",
                "reinstall paiban: the template belongs in <prefix>/share/paiban/templates/issue");

  const auto date = today(ctx.env);
  const int year = static_cast<int>(date.year());
  int number = args.issue;
  std::string number_note;
  if (number == 0) {
    const int latest = latest_issue_number(folder, year);
    number = latest + 1;
    number_note =
        latest > 0
            ? tr_format(N_("the next after {} in the folders beside it"),
                        {std::to_string(year) + "年第" + std::to_string(latest) + "期"})
            : tr_format(N_("no earlier issue of {} beside it; give --issue N for another number"),
                        {std::to_string(year)});
  }
  const std::string issue = std::to_string(year) + "年第" + std::to_string(number) + "期";

  // Copy the template tree; Markdown and TOML files get the date and 期号.
  fs::create_directories(folder, ec);
  if (ec) return fail(ctx, args.folder, "cannot make the folder: " + ec.message(), "");
  std::vector<fs::path> written;
  for (fs::recursive_directory_iterator it(template_dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    const fs::path target = folder / fs::relative(it->path(), template_dir);
    if (it->is_directory()) {
      fs::create_directories(target, ec);
      continue;
    }
    auto bytes = read_input_file(it->path().string()).bytes;
    if (!bytes)
      return fail(ctx, it->path().string(), N_("cannot read the template file"),
                  N_("reinstall paiban"));
    const auto ext = it->path().extension();
    if (ext == ".md" || ext == ".toml")
      *bytes = replace_all(replace_all(*bytes, "{{date}}", iso_date(date)), "{{issue}}", issue);
    if (!write_new_file(target, *bytes))
      return fail(ctx, target.string(), N_("cannot write the file (it exists, or no permission)"),
                  N_("paiban new writes only into a new or empty folder"));
    written.push_back(target);
  }
  if (ec) return fail(ctx, template_dir.string(), "cannot read the template: " + ec.message(), "");

  const fs::path manuscript = folder / "issue.md";
  ctx.out << tr_format(N_("created {}: {}, {}"), {manuscript.string(), issue, iso_date(date)});
  if (!number_note.empty()) ctx.out << " (" << number_note << ")";
  ctx.out << "\n"
          << tr_format(N_("next: write the issue in {}, then"), {manuscript.string()}) << "\n"
          << "  paiban check " << manuscript.string() << "\n"
          << "  paiban render " << manuscript.string() << "\n";
  return kSuccess;
}

}  // namespace

void add_new_command(CommandLine& cl) {
  auto args = std::make_shared<NewArgs>();
  CLI::App& cmd =
      cl.add_command("new", "Start a new issue folder from the house template",
                     "Makes FOLDER (new, or empty) with issue.md from the house template, dated\n"
                     "today (SOURCE_DATE_EPOCH's day when set) and numbered with --issue N, else\n"
                     "one more than the latest issue of this year in the folders beside FOLDER.\n"
                     "Never overwrites a file.",
                     [args](const RenderContext& ctx) { return run_new(*args, ctx); });
  cmd.add_option("FOLDER", args->folder, "The new issue's folder")->type_name("DIR")->required();
  cmd.add_option("--issue", args->issue, "The issue's number in its year (期号), e.g. 3 for 第3期")
      ->type_name("N")
      ->check(CLI::PositiveNumber);
}

}  // namespace paiban::cli

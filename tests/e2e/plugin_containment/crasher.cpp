// A plugin that fails the ways native code can fail, chosen by the option
// "mode": "ok" composes a line; "segv" writes through a null pointer;
// "bus" touches a mapped file past its end (SIGBUS); "fpe" divides an
// integer by zero; "stack" recurses until the stack runs out; "hang" loops
// forever. Used by containment_test.sh; never installed.
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "paiban/plugin_export.h"

namespace crasher {

// volatile: the compiler must not prove the crash away.
volatile int g_zero = 0;
volatile unsigned long g_spins = 0;
volatile int* volatile g_null = nullptr;

// Both operands volatile: GCC rewrites 1 / x without a division. UBSan
// (scripts/sanitize) would abort first; the test wants the CPU's SIGFPE.
volatile int g_seven = 7;
__attribute__((no_sanitize("undefined"))) int divide() {
  return g_seven / g_zero;
}

// Each frame keeps a buffer so the recursion reaches the guard page fast.
// The limit is never reached; GCC sees the recursion has no end.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winfinite-recursion"
int recurse(int depth) {
  volatile char frame[4096];
  frame[0] = static_cast<char>(depth);
  if (depth == -1) return 0;
  return recurse(depth + 1) + frame[0];
}
#pragma GCC diagnostic pop

void bus_error() {
  char name[] = "/tmp/paiban-crasher-XXXXXX";
  const int fd = ::mkstemp(name);
  ::unlink(name);
  // One page mapped over an empty file: reading it is SIGBUS.
  void* page = ::mmap(nullptr, 4096, PROT_READ, MAP_SHARED, fd, 0);
  if (page == MAP_FAILED) std::abort();
  std::printf("%d\n", *static_cast<volatile char*>(page));
}

class CrasherPlugin final : public paiban::SectionPlugin {
 public:
  std::string name() const override { return "crasher"; }
  std::string summary() const override { return "Crashes or hangs on purpose."; }
  std::vector<paiban::OptionDecl> options() const override {
    return {{"mode",
             paiban::OptionDecl::Type::string,
             "\"ok\"",
             "how to fail",
             {"ok", "segv", "bus", "fpe", "stack", "hang"}}};
  }
  void compose(const paiban::SectionContext& ctx, paiban::Composer& composer) override {
    const std::string mode = paiban::option_string(ctx.options, "mode");
    if (mode == "segv") *g_null = 1;
    if (mode == "bus") bus_error();
    if (mode == "fpe") std::printf("%d\n", divide());
    if (mode == "stack") std::printf("%d\n", recurse(0));
    if (mode == "hang")
      for (;;) g_spins = g_spins + 1;
    composer.text("crasher composed " + ctx.section.title, "body");
  }
};

}  // namespace crasher

PAIBAN_EXPORT_SECTION_PLUGIN(crasher::CrasherPlugin)

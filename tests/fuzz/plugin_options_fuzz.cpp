// libFuzzer target for plugin options: the input is the [[section]] part of
// a style sheet that extends the house style (its list replaces the house
// one), so the fuzzer writes plugin names, `match` keys and every option of
// every plugin with any value. The options are checked against each plugin's
// declarations and, when the sheet is accepted, a small issue with one
// section per plugin is typeset and written: the plugins compose with
// whatever values pass the checks. Never a crash or a hang.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_render.h"

namespace {

// Every section the house plugins compose, one short paragraph each.
const char* kManuscript =
    "+++\ntitle = \"选项测试\"\nissue = \"2025年第1期\"\ndate = 2025-01-06\n+++\n\n"
    "# 编者的话\n\n这是一段编者的话，用来排版测试。\n\n"
    "# 行业动态\n\n## 第一条消息\n\n工业互联网创新发展，产业链上下游协同。\n\n"
    "## 第二条消息\n\n科普活动走进校园，学生感受科学力量。\n\n"
    "# 行业趋势\n\n## 一篇文章\n\n导语一句。\n\n正文第一段，讲述新的包装材料。\n\n"
    "> 一句引语。\n\n正文第二段，讲述大模型的训练成本。\n";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 8192) return 0;
  const std::string style = "extends = \"" PAIBAN_SOURCE_DIR "/styles/xuchang.toml\"\n" +
                            std::string(reinterpret_cast<const char*>(data), size);
  const paiban::fuzz::RenderResult r = paiban::fuzz::render_in_memory(kManuscript, style);
  if (r.exit_code == 0 && (r.pages == 0 || !r.pdf_written)) __builtin_trap();
  return 0;
}

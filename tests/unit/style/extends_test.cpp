// `extends`: merge rules, relative paths, missing files and cycles.
#include <gtest/gtest.h>

#include "memory_env.h"
#include "style/layers.h"

namespace paiban::style {
namespace {

using testing::error_count;
using testing::MemoryEnv;

TEST(Extends, LeafOverridesKeyByKeyAndSectionsReplace) {
  MemoryEnv env;
  env.files["base.toml"] = R"x(
[styles.body]
size = "小四"
font = "kai"
[page.margins]
top = "30mm"
bottom = "25mm"
[[section]]
match = "甲"
plugin = "a"
[[section]]
match = "乙"
plugin = "b"
)x";
  env.files["leaf.toml"] = R"x(extends = "base.toml"
[styles.body]
size = "五号"
[page.margins]
top = "15mm"
[[section]]
match = "丙"
plugin = "c"
)x";
  Diagnostics diags;
  StyleSheet sheet = load_stylesheet("leaf.toml", env, diags);
  ASSERT_TRUE(diags.empty()) << diags.format_all();
  EXPECT_EQ(sheet.path, "leaf.toml");
  EXPECT_EQ(sheet.styles.at("body").size, Length::pt(10.5));  // leaf wins
  EXPECT_EQ(sheet.styles.at("body").font, "kai");             // base's key kept
  EXPECT_EQ(sheet.masters.at("left").margin_top, Length::mm(15));
  EXPECT_EQ(sheet.masters.at("left").margin_bottom, Length::mm(25));
  ASSERT_EQ(sheet.sections.size(), 1u);  // [[section]] lists replace wholesale
  EXPECT_EQ(sheet.sections[0].plugin, "c");
  EXPECT_EQ(sheet.sections[0].span.file, "leaf.toml");
  EXPECT_EQ(sheet.sections[0].span.line, 6);
}

TEST(Extends, ChainsAndRelativePaths) {
  MemoryEnv env;
  env.files["house/root.toml"] = "plugin_path = [\"plugins\"]\n[print]\nbleed = \"5mm\"\n";
  env.files["house/mid.toml"] = "extends = \"root.toml\"\n[print]\ncrop_marks = true\n";
  env.files["issues/2025/leaf.toml"] = "extends = \"../../house/mid.toml\"\n[print]\nslug = true\n";
  Diagnostics diags;
  StyleSheet sheet = load_stylesheet("issues/2025/leaf.toml", env, diags);
  ASSERT_TRUE(diags.empty()) << diags.format_all();
  EXPECT_EQ(sheet.print.bleed, Length::mm(5));
  EXPECT_TRUE(sheet.print.crop_marks);
  EXPECT_TRUE(sheet.print.slug);
  // Resolved against the folder of the file that wrote it, not the leaf.
  EXPECT_EQ(sheet.plugin_path, std::vector<std::string>{"house/plugins"});
}

TEST(Extends, ErrorsInABaseNameTheBaseFile) {
  MemoryEnv env;
  env.files["base.toml"] = "[print]\nbleed = \"3px\"\n";
  env.files["leaf.toml"] = "extends = \"base.toml\"\n";
  Diagnostics diags;
  load_stylesheet("leaf.toml", env, diags);
  ASSERT_EQ(error_count(diags), 1) << diags.format_all();
  EXPECT_EQ(format_diagnostic(diags.items()[0]),
            "base.toml:2:9: error: print.bleed: unknown unit \"px\" in \"3px\": use pt, mm, cm, "
            "in, em or 字 (px is a screen unit; print needs physical sizes)");
}

TEST(Extends, MissingFile) {
  MemoryEnv env;
  env.files["dir/leaf.toml"] = "# house style\nextends = \"nope.toml\"\n[print]\nbleed = \"4mm\"\n";
  Diagnostics diags;
  StyleSheet sheet = load_stylesheet("dir/leaf.toml", env, diags);
  ASSERT_EQ(error_count(diags), 1) << diags.format_all();
  const Diagnostic& d = diags.items()[0];
  EXPECT_EQ(d.message, "extends: cannot read \"dir/nope.toml\"");
  EXPECT_EQ(d.span.file, "dir/leaf.toml");
  EXPECT_EQ(d.span.line, 2);
  EXPECT_EQ(d.span.column, 11);
  EXPECT_EQ(sheet.print.bleed, Length::mm(4));  // the leaf itself is still read
}

TEST(Extends, MissingSheetStillGivesDefaults) {
  MemoryEnv env;
  Diagnostics diags;
  StyleSheet sheet = load_stylesheet("absent.toml", env, diags);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(format_diagnostic(diags.items()[0]),
            "absent.toml: error: cannot read style sheet \"absent.toml\"");
  EXPECT_EQ(sheet.styles.at("body").size, Length::pt(10.5));
  EXPECT_EQ(sheet.masters.size(), 3u);
}

TEST(Extends, Cycle) {
  MemoryEnv env;
  env.files["a.toml"] = "extends = \"b.toml\"\n[print]\nslug = true\n";
  env.files["b.toml"] = "\n\nextends = \"./a.toml\"\n";
  Diagnostics diags;
  StyleSheet sheet = load_stylesheet("a.toml", env, diags);
  ASSERT_EQ(error_count(diags), 1) << diags.format_all();
  const Diagnostic& d = diags.items()[0];
  EXPECT_EQ(d.message, "extends: cycle a.toml → b.toml → a.toml");
  EXPECT_EQ(d.span.file, "b.toml");
  EXPECT_EQ(d.span.line, 3);
  EXPECT_EQ(d.span.column, 11);
  EXPECT_TRUE(sheet.print.slug);
}

TEST(Extends, SelfCycle) {
  MemoryEnv env;
  env.files["a.toml"] = "extends = \"a.toml\"\n";
  Diagnostics diags;
  load_stylesheet("a.toml", env, diags);
  ASSERT_EQ(error_count(diags), 1);
  EXPECT_EQ(diags.items()[0].message, "extends: cycle a.toml → a.toml");
}

TEST(Extends, WrongType) {
  MemoryEnv env;
  env.files["a.toml"] = "extends = [\"b.toml\"]\n";
  Diagnostics diags;
  load_stylesheet("a.toml", env, diags);
  ASSERT_EQ(error_count(diags), 1);
  EXPECT_EQ(diags.items()[0].message,
            "extends: expected the path of another style sheet in quotes, got a list");
}

TEST(Extends, ChainLongerThanTheLimitIsAnErrorNotACut) {
  MemoryEnv env;
  // s0 extends s1 … extends s40: more files than kMaxExtendsChain.
  for (int i = 0; i <= 40; ++i)
    env.files["s" + std::to_string(i) + ".toml"] =
        i < 40 ? "extends = \"s" + std::to_string(i + 1) + ".toml\"\n" : "[page]\n";
  Diagnostics diags;
  StyleSheet sheet = load_stylesheet("s0.toml", env, diags);
  ASSERT_EQ(error_count(diags), 1u) << diags.format_all();
  const Diagnostic& d = diags.items()[0];
  const std::string last_read = "s" + std::to_string(kMaxExtendsChain - 1) + ".toml";
  EXPECT_EQ(d.span.file, last_read);  // at the `extends` one too far
  EXPECT_EQ(d.span.line, 1);
  EXPECT_NE(d.message.find("longer than " + std::to_string(kMaxExtendsChain)), std::string::npos)
      << d.message;
  EXPECT_EQ(sheet.files.size(), static_cast<std::size_t>(kMaxExtendsChain));
}

TEST(Extends, ChainAtTheLimitIsRead) {
  MemoryEnv env;
  for (int i = 0; i < kMaxExtendsChain; ++i)
    env.files["s" + std::to_string(i) + ".toml"] =
        i + 1 < kMaxExtendsChain ? "extends = \"s" + std::to_string(i + 1) + ".toml\"\n"
                                 : "[page]\n";
  Diagnostics diags;
  StyleSheet sheet = load_stylesheet("s0.toml", env, diags);
  EXPECT_EQ(error_count(diags), 0u) << diags.format_all();
  EXPECT_EQ(sheet.files.size(), static_cast<std::size_t>(kMaxExtendsChain));
}

}  // namespace
}  // namespace paiban::style

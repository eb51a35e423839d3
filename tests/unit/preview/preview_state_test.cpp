#include "cli/preview/preview_state.h"

#include <gtest/gtest.h>

#include <thread>

namespace paiban::cli::preview {
namespace {

using std::chrono::milliseconds;

TEST(PreviewStateTest, AFailedRenderKeepsTheLastGoodPdf) {
  PreviewState state;
  state.publish(true, 5, 120, "", std::make_shared<const std::string>("%PDF-good"));
  state.publish(false, 0, 3, "a.toml:4:1: error: x\n", nullptr);
  const RenderReport r = state.latest();
  EXPECT_EQ(r.generation, 2);
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.pdf_generation, 1);
  EXPECT_EQ(r.pages, 5u);
  ASSERT_TRUE(r.pdf);
  EXPECT_EQ(*r.pdf, "%PDF-good");
  EXPECT_EQ(r.diagnostics, "a.toml:4:1: error: x\n");
}

TEST(PreviewStateTest, WaitersWakeOnTheNextRenderAndOnClose) {
  PreviewState state;
  EXPECT_EQ(state.wait_newer(-1, milliseconds(0)).generation, 0);  // nothing yet: returns
  std::thread renderer([&] {
    std::this_thread::sleep_for(milliseconds(50));
    state.publish(true, 1, 1, "", std::make_shared<const std::string>("%PDF"));
  });
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(state.wait_newer(0, milliseconds(10000)).generation, 1);
  EXPECT_LT(std::chrono::steady_clock::now() - start, milliseconds(5000));
  renderer.join();
  std::thread closer([&] {
    std::this_thread::sleep_for(milliseconds(50));
    state.close();
  });
  EXPECT_EQ(state.wait_newer(1, milliseconds(10000)).generation, 1);
  EXPECT_TRUE(state.closed());
  closer.join();
}

}  // namespace
}  // namespace paiban::cli::preview

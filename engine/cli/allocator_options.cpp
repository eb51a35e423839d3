// mimalloc's settings for the paiban program (engine/cli/CMakeLists.txt
// links it only there). Set before main, so before any thread starts.
#include <mimalloc.h>

namespace {

// A helper thread (the warm-up, paragraphs set ahead, compression) that
// ends leaves its heap's pages to the process; the wholly free ones are
// given back to the system instead of being kept mapped. The helpers'
// pages otherwise stayed in the peak: 0.7 MiB more with paragraphs set
// ahead (docs/performance.md), no time lost.
struct AllocatorOptions {
  AllocatorOptions() { mi_option_set(mi_option_abandoned_page_decommit, 1); }
};
const AllocatorOptions kAllocatorOptions;

}  // namespace

// Runs independent jobs on worker threads. Each job writes only its own
// result slot, so what is computed never depends on which thread ran it or
// in which order: output stays byte-identical at any thread count.
#pragma once

#include <cstddef>
#include <functional>

namespace paiban {

// The number of cores (at least 1).
unsigned core_count();

// Calls job(index, worker) for every index in [0, count) on up to `threads`
// threads (0 = core_count()); `worker` in [0, threads) lets a job use
// per-thread state (e.g. a compressor). Returns when all jobs are done.
void parallel_for(std::size_t count, unsigned threads,
                  const std::function<void(std::size_t index, unsigned worker)>& job);

}  // namespace paiban

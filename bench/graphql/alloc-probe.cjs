// Preload for the servers that bench:graphql measures (`node -r ./bench/graphql/alloc-probe.cjs ...`):
// counts the bytes the main thread's JavaScript heap allocates in a measured window. The benchmark
// starts the server with an IPC channel and sends {benchProbe: "start"} and {benchProbe: "stop"};
// the answer to "stop" is the sum over the window's garbage collections of (heap used before - heap
// used after), which is what was allocated and died, plus the growth of the used heap over the window
// (what was allocated and is still alive). Off-heap memory (Buffers' contents, PGlite's WebAssembly
// memory, a worker thread's heap) is not counted. Also answers with the process's
// `globalThis[Symbol.for("bench.graphql.counters")]`, if the server keeps one (statements sent).
"use strict";
const v8 = require("node:v8");

if (typeof process.send === "function") {
  let profiler = null;
  let usedAtStart = 0;
  const counters = () => globalThis[Symbol.for("bench.graphql.counters")] ?? null;
  process.on("message", (msg) => {
    if (!msg || typeof msg !== "object" || typeof msg.benchProbe !== "string") return;
    if (msg.benchProbe === "start") {
      if (profiler) profiler.stop();
      profiler = new v8.GCProfiler();
      usedAtStart = v8.getHeapStatistics().used_heap_size;
      profiler.start();
      process.send({ benchProbe: "started" });
    } else if (msg.benchProbe === "stop") {
      const usedAtEnd = v8.getHeapStatistics().used_heap_size;
      const data = profiler ? profiler.stop() : { statistics: [] };
      profiler = null;
      let freed = 0;
      let pauseMs = 0;
      for (const gc of data.statistics) {
        freed += gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize;
        pauseMs += gc.cost / 1000; // microseconds
      }
      process.send({ benchProbe: "stopped", allocatedBytes: freed + (usedAtEnd - usedAtStart), gcs: data.statistics.length, gcPauseMs: pauseMs, counters: counters() });
    } else if (msg.benchProbe === "read") {
      process.send({ benchProbe: "read", counters: counters() });
    }
  });
  // The channel must not keep a server alive that is stopping on its own.
  process.channel?.unref();
}

import { prepareImport } from "./run-import";
import { CHUNK_SIZE, type ParseMessage, type ParseRequest } from "./worker-protocol";

// The DOM lib types `self` as a Window; in a dedicated worker only these two members are used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage: (message: ParseMessage) => void;
};

const PROGRESS_INTERVAL_MS = 50;

/** Parses and validates off the main thread, posting progress at most every 50 ms. */
scope.onmessage = (event) => {
  void (async () => {
    try {
      scope.postMessage({ type: "progress", progress: { phase: "reading", done: 0, total: 0 } });
      const job = await prepareImport(event.data);
      let last = 0;
      // Few records a step: progress moves (by characters read) even when each record is huge.
      while (!job.step(20)) {
        const now = performance.now();
        if (now - last > PROGRESS_INTERVAL_MS) {
          scope.postMessage({ type: "progress", progress: job.progress() });
          last = now;
        }
      }
      const result = job.result();
      result.reports.forEach((report, index) => {
        for (let start = 0; start < report.activities.length; start += CHUNK_SIZE) {
          const activities = report.activities.slice(start, start + CHUNK_SIZE);
          scope.postMessage({ type: "chunk", report: index, meta: report.meta, activities });
        }
      });
      scope.postMessage({ type: "done", result: { ...result, reports: [] } });
    } catch (error) {
      scope.postMessage({ type: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  })();
};

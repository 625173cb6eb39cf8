import { runImportJobInSlices } from "./import-job";
import type { ImportProgress, ImportResult } from "./import-result";
import { prepareImport } from "./run-import";
import type { Report } from "../../schema/report";
import type { ParseMessage, ParseRequest } from "./worker-protocol";

async function parseOnMainThread(
  request: ParseRequest,
  onProgress: (progress: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportResult> {
  onProgress({ phase: "reading", done: 0, total: 0 });
  return runImportJobInSlices(await prepareImport(request), onProgress, signal);
}

function parseInWorker(
  request: ParseRequest,
  onProgress: (progress: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./parse.worker.ts", import.meta.url), { type: "module" });
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener("abort", abort);
    };
    const abort = () => {
      stop();
      reject(signal?.reason ?? new Error("aborted"));
    };
    signal?.addEventListener("abort", abort);
    const reports: Report[] = [];
    worker.onmessage = (event: MessageEvent<ParseMessage>) => {
      const message = event.data;
      if (message.type === "progress") onProgress(message.progress);
      else if (message.type === "chunk") {
        const report = (reports[message.report] ??= { formatVersion: 1, meta: message.meta, activities: [] });
        for (const activity of message.activities) report.activities.push(activity);
      } else {
        stop();
        if (message.type === "done") resolve({ ...message.result, reports });
        else reject(new Error(message.message));
      }
    };
    // A worker that cannot start (blocked by a content security policy, an old browser): parse here.
    worker.onerror = (event) => {
      event.preventDefault();
      stop();
      parseOnMainThread(request, onProgress, signal).then(resolve, reject);
    };
    worker.postMessage(request);
  });
}

/**
 * Parses and validates a picked, dropped or fetched file without freezing the page: in a Web Worker,
 * or in slices on the main thread where there is none (jsdom). Resolves with data and issues; rejects
 * only when aborted or when the worker itself fails.
 */
export function parseInBackground(
  request: ParseRequest,
  onProgress: (progress: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportResult> {
  if (typeof Worker === "function") return parseInWorker(request, onProgress, signal);
  return parseOnMainThread(request, onProgress, signal);
}

import { INPUT_LIMITS } from "../../schema/input-limits";
import { checkImportSize, formatBytes, MAX_IMPORT_BYTES } from "./import-limits";
import type { ImportIssue } from "./import-result";
import { shortLabel } from "./user-report-meta";

export type FetchedDataset = { ok: true; blob: Blob; fileName: string } | { ok: false; issue: ImportIssue };

/** "https://example.org/wsis/2025.csv?x=1" → "2025.csv"; the host when the path names no file. */
export function fileNameOfUrl(url: URL): string {
  const last = url.pathname.split("/").filter(Boolean).pop();
  let name = last ?? url.hostname;
  try {
    name = decodeURIComponent(name);
  } catch {
    // A malformed escape: keep the raw segment.
  }
  return shortLabel(name);
}

const CORS_HELP =
  "the server did not answer, or does not let other sites read the file: it must send Access-Control-Allow-Origin (CORS)";

async function readCapped(response: Response, file: string): Promise<FetchedDataset> {
  if (!response.body) {
    const blob = await response.blob();
    const tooBig = checkImportSize(blob.size, file);
    return tooBig ? { ok: false, issue: tooBig } : { ok: true, blob, fileName: file };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_IMPORT_BYTES) {
      reader.cancel().catch(() => undefined);
      const message = `the file is larger than ${formatBytes(MAX_IMPORT_BYTES)}, the most that can be loaded`;
      return { ok: false, issue: { file, path: "", message } };
    }
    chunks.push(value);
  }
  const tooSmall = checkImportSize(size, file);
  return tooSmall
    ? { ok: false, issue: tooSmall }
    : { ok: true, blob: new Blob(chunks as BlobPart[]), fileName: file };
}

/**
 * Fetches a dataset named by ?dataset=. Only https: the page may be served over https, and a dataset
 * should not travel in the clear. The size limit holds before and while reading. Never throws but on abort.
 */
export async function fetchDatasetUrl(address: string, signal?: AbortSignal): Promise<FetchedDataset> {
  // A server that hangs, or stalls halfway, must not leave "Reading…" on screen forever.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), INPUT_LIMITS.datasetFetchSeconds * 1000);
  const onAbort = () => timeout.abort();
  signal?.addEventListener("abort", onAbort);
  // The page's CSP allows https: only, so a redirect to http: fails like a CORS refusal. The browser then
  // reports a violation for the address asked for (the target of a redirect is kept from the page).
  let blocked = false;
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    if (/^https:/i.test(event.blockedURI) && event.violatedDirective.startsWith("connect-src"))
      blocked = true;
  };
  const watch = typeof document !== "undefined";
  if (watch) document.addEventListener("securitypolicyviolation", onViolation);
  try {
    const result = await fetchWithin(address, timeout.signal, signal);
    if (result.ok || !result.failedToFetch) return result;
    // The violation event is queued as its own task: give it the chance to arrive.
    if (watch && !blocked) await new Promise((resolve) => setTimeout(resolve, 50));
    if (blocked) {
      const message =
        "the server redirected the request to an address that is not https:// (most likely http://), which this page does not load: ask for a link that stays on https://";
      return { ok: false, issue: { ...result.issue, message } };
    }
    return result;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
    if (watch) document.removeEventListener("securitypolicyviolation", onViolation);
  }
}

const timedOut = (file: string): FetchedDataset => ({
  ok: false,
  issue: {
    file,
    path: "",
    message: `the server did not send the file within ${INPUT_LIMITS.datasetFetchSeconds} s, so loading was stopped`,
  },
});

async function fetchWithin(
  address: string,
  signal: AbortSignal,
  userSignal: AbortSignal | undefined,
): Promise<FetchedDataset & { failedToFetch?: boolean }> {
  let url: URL;
  try {
    if (address.length > INPUT_LIMITS.urlLength) throw new RangeError("longer than a web address can be");
    url = new URL(address);
  } catch {
    return { ok: false, issue: { file: shortLabel(address), path: "", message: "not a web address" } };
  }
  const file = fileNameOfUrl(url);
  if (url.protocol !== "https:") {
    return {
      ok: false,
      issue: { file, path: "", message: `only https:// addresses are loaded, not ${url.protocol}` },
    };
  }
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: "omit", mode: "cors" });
  } catch (error) {
    if (userSignal?.aborted) throw error;
    if (signal.aborted) return timedOut(file);
    return {
      ok: false,
      failedToFetch: true,
      issue: { file, path: "", message: `could not be fetched: ${CORS_HELP}` },
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      issue: {
        file,
        path: "",
        message: `the server answered ${response.status} ${response.statusText}`.trim(),
      },
    };
  }
  const declared = Number(response.headers.get("content-length"));
  const tooBig = declared > MAX_IMPORT_BYTES ? checkImportSize(declared, file) : undefined;
  if (tooBig) {
    // Not awaited: some servers keep the stream open, and nothing more is needed from it.
    response.body?.cancel().catch(() => undefined);
    return { ok: false, issue: tooBig };
  }
  try {
    return await readCapped(response, file);
  } catch (error) {
    if (userSignal?.aborted) throw error;
    if (signal.aborted) return timedOut(file);
    return {
      ok: false,
      issue: { file, path: "", message: `the download broke off (${String(error).slice(0, 120)})` },
    };
  }
}

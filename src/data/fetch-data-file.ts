import type { DataIssue } from "./validation/data-issue";

/** A data file that could not be fetched, parsed or validated; carries every located issue. */
export class DataFileError extends Error {
  readonly issues: DataIssue[];
  /** HTTP status when the server answered with an error; undefined for parse and schema errors. */
  readonly status: number | undefined;
  /** True when no answer came at all: offline, or the server is unreachable. */
  readonly network: boolean;

  constructor(issues: DataIssue[], status?: number, network = false) {
    super(issues.map((issue) => `${issue.file}: ${issue.message}`).join("\n"));
    this.name = "DataFileError";
    this.issues = issues;
    this.status = status;
    this.network = network;
  }
}

/** Resolved against the page, so the built app works from any sub-path. */
export function dataUrl(path: string): string {
  return new URL(`data/${path}`, document.baseURI).toString();
}

/** The file's text; the caller parses and validates it. */
export async function fetchDataText(path: string, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(dataUrl(path), { signal });
  } catch (error) {
    // fetch rejects only when no answer came (or when the query was cancelled, which is not a failure).
    if (signal?.aborted) throw error;
    throw new DataFileError(
      [{ file: `data/${path}`, path: "", message: "could not be fetched: no answer (you may be offline)" }],
      undefined,
      true,
    );
  }
  if (!response.ok) {
    throw new DataFileError(
      [
        {
          file: `data/${path}`,
          path: "",
          message: `the server answered ${response.status} ${response.statusText}`.trim(),
        },
      ],
      response.status,
    );
  }
  return response.text();
}

export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataFileError([{ file, path: "", message: `not valid JSON (${reason})` }]);
  }
}

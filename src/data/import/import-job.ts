import type { ImportProgress, ImportResult } from "./import-result";

/**
 * An import that can be run in slices: in a worker it runs to the end posting progress, on the main
 * thread (no Worker, e.g. jsdom) it yields between slices so that the page keeps answering.
 */
export interface ImportJob {
  /** Does up to `budget` records of work; true once the job is finished. */
  step(budget: number): boolean;
  progress(): ImportProgress;
  result(): ImportResult;
}

export function runImportJob(job: ImportJob): ImportResult {
  while (!job.step(Number.POSITIVE_INFINITY));
  return job.result();
}

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs a job on the main thread in slices of about `budget` records, reporting progress between them. */
export async function runImportJobInSlices(
  job: ImportJob,
  onProgress: (progress: ImportProgress) => void,
  signal?: AbortSignal,
  budget = 500,
): Promise<ImportResult> {
  for (;;) {
    if (signal?.aborted) throw signal.reason ?? new Error("aborted");
    const finished = job.step(budget);
    onProgress(job.progress());
    if (finished) return job.result();
    await yieldToBrowser();
  }
}

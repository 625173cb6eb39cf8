import { createImportJob } from "./import-format";
import type { ImportJob } from "./import-job";
import type { ImportResult } from "./import-result";
import { readTextFile } from "./read-text-file";
import type { ParseRequest } from "./worker-protocol";

/** Reads the file and sets up the job; the text-level issue (encoding) goes first in the result. */
export async function prepareImport(request: ParseRequest): Promise<ImportJob> {
  const { text, issue } = await readTextFile(request.blob, request.fileName);
  const job = createImportJob(text, request.fileName, request.reference);
  if (!issue) return job;
  return {
    step: (budget) => job.step(budget),
    progress: () => job.progress(),
    result(): ImportResult {
      const result = job.result();
      return { ...result, issues: [issue, ...result.issues], issueCount: result.issueCount + 1 };
    },
  };
}

import type { Reference } from "../../schema/reference";
import type { Activity, Report } from "../../schema/report";
import { checkActivity, IdRegistry } from "./check-activity";
import { readJsonEnvelope, type EnvelopeReport } from "./json-envelope";
import { runImportJob, type ImportJob } from "./import-job";
import { IssueCollector, type ImportResult } from "./import-result";
import { shortId, shortLabel } from "./user-report-meta";

/** "Unexpected token } in JSON at position 42" → line of position 42, so a person can find it. */
function describeJsonError(error: unknown, text: string): { line?: number; message: string } {
  const reason = (error instanceof Error ? error.message : String(error)).slice(0, 200);
  const position = /at position (\d+)/.exec(reason);
  const line = position ? text.slice(0, Number(position[1])).split("\n").length : undefined;
  return { line, message: `not valid JSON: ${reason}` };
}

function readId(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const id = (value as Record<string, unknown>).id;
  return typeof id === "string" && id !== "" ? shortId(id) : undefined;
}

/**
 * Reads a report or a bundle in the dataset format. The envelope (formatVersion, meta) must be right for
 * a report's activities to be kept; each activity is then checked on its own, so the valid ones can be
 * imported while the others are reported by record id and field.
 */
export function createJsonImportJob(text: string, file: string, reference: Reference): ImportJob {
  const issues = new IssueCollector();
  const ids = new IdRegistry();
  let queue: Array<{ report: EnvelopeReport; index: number; kept: Activity[] }> = [];
  let reports: Array<{ report: EnvelopeReport; kept: Activity[] }> = [];
  let total = 0;
  let done = 0;
  let started = false;
  let finished = false;

  function start(): void {
    started = true;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      issues.add({ file, path: "", ...describeJsonError(error, text) });
      finished = true;
      return;
    }
    const envelope = readJsonEnvelope(data, file);
    envelope.issues.forEach((issue) => issues.add(issue));
    reports = envelope.reports.map((report) => ({ report, kept: [] }));
    queue = reports.flatMap(({ report, kept }) =>
      report.activities.map((_, index) => ({ report, index, kept })),
    );
    total = queue.length;
    finished = total === 0;
  }

  function check({ report, index, kept }: (typeof queue)[number]): void {
    const value = report.activities[index];
    const recordId = readId(value) ?? `${report.prefix}activities[${index}]`;
    const result = checkActivity(value, reference);
    if (!result.activity) {
      result.problems.forEach((problem) =>
        issues.add({ file, recordId, path: problem.path, message: problem.message }),
      );
      return;
    }
    const where = report.meta ? `the ${report.meta.year} report` : `${report.prefix}activities[${index}]`;
    const owner = ids.claim(result.activity.id, where);
    if (owner) {
      issues.add({
        file,
        recordId,
        path: "id",
        message: `duplicate id "${result.activity.id}": already used in ${owner}`,
      });
      return;
    }
    if (report.meta) kept.push(result.activity);
  }

  return {
    step(budget) {
      if (!started) {
        start();
        return finished;
      }
      const end = Math.min(total, done + budget);
      for (; done < end; done += 1) {
        const item = queue[done];
        if (item) check(item);
      }
      finished = done >= total;
      return finished;
    },
    progress: () => ({ phase: started ? "validating" : "parsing", done, total }),
    result(): ImportResult {
      const kept: Report[] = reports.flatMap(({ report, kept: activities }) =>
        report.meta && activities.length > 0
          ? [
              {
                formatVersion: 1,
                meta: {
                  ...report.meta,
                  kind: "user" as const,
                  description:
                    report.meta.description ??
                    `Loaded by a user from ${shortLabel(file)}; not published by ITU.`,
                },
                activities,
              },
            ]
          : [],
      );
      const validCount = kept.reduce((sum, report) => sum + report.activities.length, 0);
      return {
        reports: kept,
        issues: issues.kept,
        issueCount: issues.count,
        rowCount: total,
        validCount,
        recordLines: new Map(),
      };
    },
  };
}

export function parseDatasetJson(text: string, file: string, reference: Reference): ImportResult {
  return runImportJob(createJsonImportJob(text, file, reference));
}

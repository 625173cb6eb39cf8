import type { Reference } from "../../schema/reference";
import { ActivitySchema, type Activity, type Report } from "../../schema/report";
import { checkReportCodes } from "../validation/check-report-codes";
import { stripBidiControls } from "../../schema/text-hygiene";
import { formatFieldPath } from "../validation/data-issue";

export interface FieldProblem {
  /** Field path inside the activity, e.g. "sdgs[0].sdg". */
  path: string;
  message: string;
}

const DETACHED_META: Report["meta"] = {
  year: 2000,
  title: "-",
  kind: "user",
  period: { from: "2000-01-01", to: "2000-12-31" },
};

/**
 * The rules of data:check for one activity: the zod schema, then the codes against reference.json.
 * Checking activities one at a time is what lets an import keep the valid ones; ids unique within the
 * file are the caller's business (see IdRegistry).
 */
export function checkActivity(
  input: unknown,
  reference: Reference,
): { activity: Activity; problems: [] } | { activity?: undefined; problems: FieldProblem[] } {
  const parsed = ActivitySchema.safeParse(withoutBidiControls(input));
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => ({
        path: formatFieldPath(issue.path),
        message: issue.message,
      })),
    };
  }
  const problems = checkActivityCodes(parsed.data, reference);
  return problems.length > 0 ? { problems } : { activity: parsed.data, problems: [] };
}

/** Titles and figure labels lose their bidi controls before they are checked (see text-hygiene.ts). */
function withoutBidiControls(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const record = input as Record<string, unknown>;
  const clean = { ...record };
  if (typeof record.title === "string") clean.title = stripBidiControls(record.title);
  if (Array.isArray(record.figures))
    clean.figures = record.figures.map((figure: unknown) =>
      typeof figure === "object" &&
      figure !== null &&
      typeof (figure as { label?: unknown }).label === "string"
        ? { ...figure, label: stripBidiControls((figure as { label: string }).label) }
        : figure,
    );
  return clean;
}

const matrixByLine = new WeakMap<Reference, Map<string, Reference["matrix"]["entries"][number]>>();

/**
 * checkReportCodes builds its lookups from the whole reference on every call, the WSIS-SDG matrix being
 * the dear part. Called once per row, that tripled the time of a large import, so each call gets a
 * reference whose matrix holds only the entries of the activity's own action lines: same rules, same result.
 */
function referenceFor(activity: Activity, reference: Reference): Reference {
  if (!activity.sdgs.some((link) => link.basis === "matrix")) {
    return { ...reference, matrix: { ...reference.matrix, entries: [] } };
  }
  let byLine = matrixByLine.get(reference);
  if (!byLine) {
    byLine = new Map(reference.matrix.entries.map((entry) => [entry.actionLine, entry]));
    matrixByLine.set(reference, byLine);
  }
  const entries = activity.actionLines.flatMap((line) => byLine.get(line.code) ?? []);
  return { ...reference, matrix: { ...reference.matrix, entries } };
}

/** The checks against reference.json alone, for an activity-shaped value (even one the schema refuses). */
export function checkActivityCodes(activity: Activity, reference: Reference): FieldProblem[] {
  const report: Report = { formatVersion: 1, meta: DETACHED_META, activities: [activity] };
  return checkReportCodes(report, referenceFor(activity, reference), "").map(({ path, message }) => ({
    path,
    message,
  }));
}

/** First come, first served: the record that repeats an id is the one reported. */
export class IdRegistry {
  private readonly owners = new Map<string, string>();

  /** The place that already holds `id`, or undefined after claiming it for `place`. */
  claim(id: string, place: string): string | undefined {
    const owner = this.owners.get(id);
    if (owner !== undefined) return owner;
    this.owners.set(id, place);
    return undefined;
  }
}

/** One problem found in a data file, located precisely enough for a person to fix it. */
export interface DataIssue {
  /** Path of the file as users know it, e.g. "data/reports/2023.json" or "my-data.csv". */
  file: string;
  /** The activity (or other record) id, when the problem sits inside one. */
  recordId?: string;
  /** Field path inside the record (or the file when there is no record), e.g. "sdgs[0].sdg". */
  path: string;
  message: string;
}

export function formatDataIssue(issue: DataIssue): string {
  const where = [issue.file, issue.recordId ? `record ${issue.recordId}` : undefined, issue.path || undefined]
    .filter(Boolean)
    .join(" › ");
  return `${where}: ${issue.message}`;
}

export function formatFieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((segment, index) => {
      if (typeof segment === "number") return `[${segment}]`;
      const name = String(segment);
      return index === 0 ? name : `.${name}`;
    })
    .join("");
}

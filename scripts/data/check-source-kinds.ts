import { sourceKindOfUrl, sourceWrapper, type SourceWrapper } from "../../src/domain/source-kind";
import type { DataIssue } from "../../src/data/validation/data-issue";
import type { Indicators } from "../../src/schema/indicators";
import type { Report } from "../../src/schema/report";

const WRAPPER_PROBLEM: Record<SourceWrapper, string> = {
  proxy: "the first source is a web proxy: cite the original page (keep the proxy as 'read via' in the note)",
  translation: "the first source is a translation wrapper: cite the page it translates",
  ip: "the first source is a bare IP address: cite the site it belongs to, or put an official source first",
};

/**
 * What a published data folder promises a reader about its sources: no wrapper as an activity's first
 * source; and in compiled reports, which the import writes, every source's kind the host rules' (a
 * hand-made report may omit kinds, which the app then derives, or set its own).
 */
export function checkSourceKinds(report: Report, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const compiled = report.meta.kind === "compiled";
  for (const activity of report.activities) {
    const wrapper = activity.sources[0] ? sourceWrapper(activity.sources[0].url) : undefined;
    if (wrapper)
      issues.push({ file, recordId: activity.id, path: "sources[0].url", message: WRAPPER_PROBLEM[wrapper] });
    activity.sources.forEach((source, index) => {
      const expected = sourceKindOfUrl(source.url);
      if (compiled && source.kind !== expected) {
        issues.push({
          file,
          recordId: activity.id,
          path: `sources[${index}].kind`,
          message: `must be "${expected}" by the host rules (data/README.md, "Sources by kind")`,
        });
      }
    });
  }
  return issues;
}

export function checkIndicatorSources(indicators: Indicators, file: string): DataIssue[] {
  return indicators.points.flatMap((point, index) => {
    const wrapper = point.sources[0] ? sourceWrapper(point.sources[0]) : undefined;
    return wrapper
      ? [
          {
            file,
            recordId: point.metric,
            path: `points[${index}].sources[0]`,
            message: WRAPPER_PROBLEM[wrapper],
          },
        ]
      : [];
  });
}

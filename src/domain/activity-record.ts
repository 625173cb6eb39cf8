import type { Activity, Report, ReportKind } from "../schema/report";

/** An activity together with the report it came from: the unit every count and table works on. */
export interface ActivityRecord extends Activity {
  year: number;
  reportKind: ReportKind;
}

export function flattenReports(reports: readonly Report[]): ActivityRecord[] {
  return reports.flatMap((report) =>
    report.activities.map((activity) => ({
      ...activity,
      year: report.meta.year,
      reportKind: report.meta.kind,
    })),
  );
}

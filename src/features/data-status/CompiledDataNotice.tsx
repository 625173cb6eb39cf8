import type { Report } from "../../schema/report";

/** Says plainly what the shipped data is, wherever it is shown (the brief: "the UI says so"). */
export function CompiledDataNotice({ reports }: { reports: readonly Report[] }) {
  const compiled = reports.filter((report) => report.meta.kind === "compiled");
  if (compiled.length === 0) return null;
  // Counted in years, since user data can add a second report to a year.
  const compiledYears = new Set(compiled.map((report) => report.meta.year)).size;
  const allYears = new Set(reports.map((report) => report.meta.year)).size;
  return (
    <aside className="notice" aria-label="About this data">
      <strong>Compiled data.</strong> The activities for{" "}
      {compiled.length === reports.length ? "all years" : `${compiledYears} of ${allYears} years`} were
      gathered from public ITU pages and are dated by the year of the activity. They are not the content of
      the annual report editions, whose full text was out of reach. Each activity links to its source.
    </aside>
  );
}

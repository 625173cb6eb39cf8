import { DataIssueList } from "../../components/DataIssueList";
import type { ReportFailure } from "../../data/use-dataset";

/** Failed reports are named with their problems; everything else on the page keeps working. */
export function ReportFailures({ failures }: { failures: readonly ReportFailure[] }) {
  if (failures.length === 0) return null;
  const years = failures.map((failure) => failure.entry.year).join(", ");
  return (
    <section className="notice notice--error" role="alert" aria-labelledby="report-failures-title">
      <h2 id="report-failures-title">
        {failures.length === 1
          ? `The ${years} report could not be loaded`
          : `${failures.length} reports could not be loaded (${years})`}
      </h2>
      <p>The figures below leave {failures.length === 1 ? "it" : "them"} out. The problems found:</p>
      <DataIssueList issues={failures.flatMap((failure) => failure.issues)} />
    </section>
  );
}

import { useMemo } from "react";
import { flattenReports } from "../../domain/activity-record";
import { NO_SECTOR } from "../../domain/count-by";
import { filterActivities } from "../../domain/filter-activities";
import { toggleFilterValue, type FilterState } from "../../domain/filter-state";
import { compareLatestYear, computeKpis } from "../../domain/kpis";
import { reconcileFilters } from "../../domain/reconcile-filters";
import type { Reference } from "../../schema/reference";
import type { Report } from "../../schema/report";
import type { DroppedParam } from "../../url-state/filter-params";
import { FilterBar } from "../filters/FilterBar";
import { UrlNotices } from "../filters/UrlNotices";
import { BarCard } from "./BarCard";
import { KpiTiles } from "./KpiTiles";
import { MatrixCard } from "./MatrixCard";
import { buildOverviewModel } from "./overview-model";
import { StackedCard } from "./StackedCard";

interface OverviewViewProps {
  reference: Reference;
  reports: readonly Report[];
  urlFilters: FilterState;
  dropped: readonly DroppedParam[];
  setFilters: (next: FilterState) => void;
}

export function OverviewView({ reference, reports, urlFilters, dropped, setFilters }: OverviewViewProps) {
  const all = useMemo(() => flattenReports(reports), [reports]);
  const reportYears = useMemo(
    () => [...new Set(reports.map((report) => report.meta.year))].sort((a, b) => a - b),
    [reports],
  );
  const { filters, unknown } = useMemo(
    () =>
      reconcileFilters(urlFilters, {
        years: reportYears,
        sectors: reference.sectors.map((sector) => sector.code),
        lines: reference.actionLines.map((line) => line.code),
      }),
    [urlFilters, reportYears, reference],
  );
  const filtered = useMemo(() => filterActivities(all, filters), [all, filters]);
  const model = useMemo(
    () => buildOverviewModel(filtered, reference, reportYears, filters),
    [filtered, reference, reportYears, filters],
  );
  const comparison = useMemo(
    () => compareLatestYear(filterActivities(all, { ...filters, years: [] }), reportYears, filters.years),
    [all, filters, reportYears],
  );

  const toggle = (key: "sectors" | "lines", value: string) =>
    setFilters(toggleFilterValue(filters, key, value));
  const toggleNumber = (key: "years" | "sdgs", value: string) =>
    setFilters(toggleFilterValue(filters, key, Number(value)));
  const toggleCell = (cell: string) => {
    const [line = "", sdg = ""] = cell.split("|");
    const both = filters.lines.includes(line) && filters.sdgs.includes(Number(sdg));
    const lines = both
      ? filters.lines.filter((code) => code !== line)
      : [...new Set([...filters.lines, line])];
    const sdgs = both
      ? filters.sdgs.filter((number) => number !== Number(sdg))
      : [...new Set([...filters.sdgs, Number(sdg)])];
    setFilters({ ...filters, lines: lines.sort(), sdgs: sdgs.sort((a, b) => a - b) });
  };

  return (
    <>
      <UrlNotices dropped={dropped} unknown={unknown} />
      <FilterBar filters={filters} reference={reference} reportYears={reportYears} onChange={setFilters} />
      <p className="result-count" role="status" aria-live="polite">
        <strong data-testid="activity-count">{filtered.length.toLocaleString("en")}</strong>{" "}
        {filtered.length === 1 ? "activity" : "activities"} match{filtered.length === 1 ? "es" : ""}
        {filtered.length === all.length ? " (all)" : ` of ${all.length.toLocaleString("en")}`}
      </p>
      <KpiTiles values={computeKpis(filtered)} comparison={comparison} />
      {filtered.length === 0 ? (
        <section className="state-card">
          <h2>No activities match these filters</h2>
          <p>Remove a filter above, or clear them all, to see activities again.</p>
        </section>
      ) : (
        <div className="chart-grid">
          <BarCard
            title="Activities by sector"
            rowHeader="Sector"
            rows={model.sectors}
            isFilterable={(row) => row.value !== NO_SECTOR}
            onToggle={(value) => toggle("sectors", value)}
          />
          <BarCard
            title="Activities by SDG"
            rowHeader="SDG"
            note={`An activity linked to several SDGs counts once under each, so these bars add up to more than ${filtered.length}. ${model.withoutSdgCount} activities have no SDG link.`}
            rows={model.sdgs}
            onToggle={(value) => toggleNumber("sdgs", value)}
          />
          <StackedCard
            title="Activities by WSIS action line and sector"
            rowHeader="Action line"
            axisName="Activities"
            note={`An activity on several action lines counts once under each; C7 includes its sub-lines. ${model.crossCuttingCount} cross-cutting activities (such as the WSIS Forum) have no action line.`}
            description={`Stacked bars for action lines C1 to C11, one colour per sector. Totals: ${model.lines.categories
              .map((category, index) => `${category.value} ${model.lines.totals[index] ?? 0}`)
              .join(", ")}.`}
            categories={model.lines.categories}
            series={model.lines.series}
            onToggle={(value) => toggle("lines", value)}
          />
          <MatrixCard {...model.matrix} onToggleCell={toggleCell} />
          <StackedCard
            title="Activities per report year, by sector"
            rowHeader="Year"
            axisName="Activities"
            note="Years without a report are gaps, not zeros. The shipped activities are dated by the year they took place."
            description={`Stacked bars per year from ${model.trend.categories[0]?.value ?? ""} to ${model.trend.categories.at(-1)?.value ?? ""}, one colour per sector.`}
            categories={model.trend.categories}
            series={model.trend.series}
            isFilterable={(value) => reportYears.includes(Number(value))}
            onToggle={(value) => toggleNumber("years", value)}
          />
        </div>
      )}
    </>
  );
}

import { useEffect, useMemo } from "react";
import { PanelBoundary } from "../../components/PanelBoundary";
import { useTranslation } from "../../i18n/use-translation";
import type { ActivityRecord } from "../../domain/activity-record";
import { useFilteredActivities } from "../../data/use-filtered-activities";
import { diffActivitiesByKey } from "../../domain/compare";
import { toggleFilterValue, type FilterState } from "../../domain/filter-state";
import type { Reference } from "../../schema/reference";
import type { Report } from "../../schema/report";
import type { DroppedParam } from "../../url-state/filter-params";
import { FilterBar } from "../../shared/filters/FilterBar";
import { UrlNotices } from "../../shared/filters/UrlNotices";
import { ActivityDiff } from "./ActivityDiff";
import { ChangeCard } from "./ChangeCard";
import { CompareSummary } from "./CompareSummary";
import { buildChangeModel } from "./compare-model";
import { summarizeDiff } from "./diff-summary";
import { IndicatorsPanel } from "./IndicatorsPanel";
import { RoleChanges } from "./RoleChanges";
import { TrendCard } from "./TrendCard";
import { useCompareYears } from "./use-compare-years";
import { YearPicker } from "./YearPicker";
import { DownloadDocxButton } from "../../shared/document/DownloadDocxButton";

interface CompareViewProps {
  reference: Reference;
  reports: readonly Report[];
  urlFilters: FilterState;
  dropped: readonly DroppedParam[];
  setFilters: (next: FilterState) => void;
  /** #/embed/compare: the summary and the three change charts only, no controls. */
  embedded?: boolean;
  /** Embedded, the page says what the link lost in its own notice: it is told the years replaced. */
  onDroppedYears?: (dropped: readonly DroppedParam[]) => void;
}

const inYear = (activities: readonly ActivityRecord[], year: number | undefined) =>
  activities.filter((activity) => activity.year === year);

export function CompareView({
  reference,
  reports,
  urlFilters,
  dropped,
  setFilters,
  embedded = false,
  onDroppedYears,
}: CompareViewProps) {
  const { t } = useTranslation();
  // A and B choose the years here: the shared year filter is kept in the URL for the other pages, unused.
  const urlFiltersWithoutYears = useMemo(() => ({ ...urlFilters, years: [] }), [urlFilters]);
  const { all, reportYears, filters, unknown, filtered } = useFilteredActivities(
    reference,
    reports,
    urlFiltersWithoutYears,
  );
  const { years, dropped: droppedYears, setYears } = useCompareYears(reportYears);
  useEffect(() => onDroppedYears?.(droppedYears), [onDroppedYears, droppedYears]);
  const setSharedFilters = (next: FilterState) => setFilters({ ...next, years: urlFilters.years });
  const yearA = years?.a;
  const yearB = years?.b;
  const model = useMemo(
    () => buildChangeModel(inYear(filtered, yearA), inYear(filtered, yearB), reference, filters),
    [filtered, yearA, yearB, reference, filters],
  );
  const diff = useMemo(() => {
    // New or continued is decided on every activity of both years; the filters only choose what is listed.
    const full = diffActivitiesByKey(inYear(all, yearA), inYear(all, yearB));
    const shown = new Set(filtered.map((activity) => activity.id));
    const keep = (activity: ActivityRecord) => shown.has(activity.id);
    return {
      added: full.added.filter(keep),
      removed: full.removed.filter(keep),
      continued: full.continued.filter((pair) => pair.a.some(keep) || pair.b.some(keep)),
      summary: summarizeDiff(full, keep),
    };
  }, [all, filtered, yearA, yearB]);

  if (!years) {
    return (
      <section className="state-card">
        <h2>{t("compare.noneTitle")}</h2>
        <p>{t("compare.noneBody")}</p>
      </section>
    );
  }
  const { a, b } = years;
  const toggle = (key: "sectors" | "lines", value: string) =>
    setSharedFilters(toggleFilterValue(filters, key, value));
  const compiled = reports.some(
    (report) => (report.meta.year === a || report.meta.year === b) && report.meta.kind === "compiled",
  );

  return (
    <>
      {/* An embed says what its link lost in its own compact notice (EmbedNotice). */}
      {embedded ? null : <UrlNotices dropped={[...droppedYears, ...dropped]} unknown={unknown} />}
      {embedded ? null : (
        <>
          <YearPicker years={years} reportYears={reportYears} compiled={compiled} onChange={setYears} />
          <div className="document-actions">
            <DownloadDocxButton
              request={() => {
                const shown = new Set(filtered.map((activity) => activity.id));
                return {
                  kind: "compare",
                  a,
                  b,
                  reference,
                  reports,
                  filters,
                  activities: filtered.filter((activity) => activity.year === a || activity.year === b),
                  added: diff.added,
                  continued: diff.continued.flatMap((pair) => pair.b.filter((item) => shown.has(item.id))),
                  removed: diff.removed,
                  link: window.location.href,
                };
              }}
            />
          </div>
          <FilterBar
            filters={filters}
            reference={reference}
            reportYears={reportYears}
            onChange={setSharedFilters}
            hideYears
          />
        </>
      )}
      {!embedded && urlFilters.years.length > 0 ? (
        <p className="compare-hint">{t("compare.yearFilterHint", { years: urlFilters.years.join(", ") })}</p>
      ) : null}
      <PanelBoundary what={t("panel.summary")}>
        <CompareSummary yearA={a} yearB={b} total={model.total} diff={diff.summary} />
      </PanelBoundary>
      <div className="compare-grid">
        <div className="compare-grid__sector">
          <PanelBoundary what={t("compare.bySector")}>
            <ChangeCard
              title={t("compare.bySector")}
              rowHeader={t("filters.sector")}
              rows={model.sectors}
              yearA={a}
              yearB={b}
              onToggle={(value) => toggle("sectors", value)}
            />
          </PanelBoundary>
        </div>
        <div className="compare-grid__line">
          <PanelBoundary what={t("compare.byLine")}>
            <ChangeCard
              title={t("compare.byLine")}
              rowHeader={t("filters.actionLine")}
              note={t("compare.byLineNote")}
              rows={model.lines}
              yearA={a}
              yearB={b}
              onToggle={(value) => toggle("lines", value)}
            />
          </PanelBoundary>
        </div>
        <div className="compare-grid__sdg">
          <PanelBoundary what={t("compare.bySdg")}>
            <ChangeCard
              title={t("compare.bySdg")}
              rowHeader={t("sdg.axis")}
              note={t("compare.bySdgNote")}
              rows={model.sdgs}
              yearA={a}
              yearB={b}
              onToggle={(value) => setSharedFilters(toggleFilterValue(filters, "sdgs", Number(value)))}
            />
          </PanelBoundary>
        </div>
      </div>
      {/* Every panel shows in embeds too: an embedded comparison is the whole comparison, without its controls. */}
      <PanelBoundary what={t("panel.trend")}>
        <TrendCard
          activities={filtered}
          reportYears={reportYears}
          reference={reference}
          yearA={a}
          yearB={b}
        />
      </PanelBoundary>
      <PanelBoundary what={t("panel.changes")}>
        <ActivityDiff diff={diff} yearA={a} yearB={b} />
      </PanelBoundary>
      <PanelBoundary what={t("panel.roles")}>
        <RoleChanges reference={reference} yearA={a} yearB={b} />
      </PanelBoundary>
      <PanelBoundary what={t("panel.indicators")}>
        <IndicatorsPanel yearA={a} yearB={b} />
      </PanelBoundary>
    </>
  );
}

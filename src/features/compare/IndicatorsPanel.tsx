import { useQuery } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { Trans } from "../../i18n/Trans";
import { useChartLocale } from "../../components/chart/chart-locale";
import { useChartPalette } from "../../components/chart/chart-theme";
import { ChartCard } from "../../components/ChartCard";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { EChart } from "../../components/chart/EChart";
import { DataFileError } from "../../data/fetch-data-file";
import { indicatorsQueryOptions, manifestQueryOptions } from "../../data/queries";
import { buildIndicatorSeries, summarizeMetrics } from "../../domain/indicator-series";
import type { Indicators } from "../../schema/indicators";
import { IndicatorTable } from "./IndicatorTable";
import { buildIndicatorOption } from "./indicator.option";
import { describePointChange, formatFigure } from "./indicator-format";
import { SeriesNotes, YearSummary } from "./IndicatorNotes";

interface YearsProps {
  yearA: number;
  yearB: number;
}

/** Loads indicators.json on its own: if it fails, only this panel says so and the rest of the page stays. */
export function IndicatorsPanel({ yearA, yearB }: YearsProps) {
  const { t } = useTranslation();
  const TITLE = t("compare.indicators.title");
  const manifest = useQuery(manifestQueryOptions());
  const path = manifest.data?.indicators;
  const indicators = useQuery({
    ...indicatorsQueryOptions(path ?? "indicators.json"),
    enabled: path !== undefined,
  });
  if (indicators.isError) {
    const error = indicators.error;
    const issues =
      error instanceof DataFileError
        ? error.issues
        : [{ file: `data/${path ?? "indicators.json"}`, path: "", message: String(error) }];
    return (
      <section className="chart-card chart-card--wide" aria-label={TITLE}>
        <ErrorState
          title={t("compare.indicators.loadFailed")}
          issues={issues}
          onRetry={() => void indicators.refetch()}
        />
      </section>
    );
  }
  if (!indicators.data) {
    return (
      <section className="chart-card chart-card--wide" aria-label={TITLE}>
        <LoadingState label={t("compare.indicators.loading")} />
      </section>
    );
  }
  return <IndicatorsCard indicators={indicators.data} yearA={yearA} yearB={yearB} />;
}

function IndicatorsCard({ indicators, yearA, yearB }: YearsProps & { indicators: Indicators }) {
  const locale = useChartLocale();
  const { t } = locale;
  const TITLE = t("compare.indicators.title");
  const metrics = useMemo(() => summarizeMetrics(indicators), [indicators]);
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const metricId = picked ?? metrics[0]?.metric.id ?? "";
  const series = useMemo(() => buildIndicatorSeries(indicators, metricId), [indicators, metricId]);
  const palette = useChartPalette();
  const option = useMemo(
    () => (series ? buildIndicatorOption(series, yearA, yearB, locale, palette) : undefined),
    [series, yearA, yearB, locale, palette],
  );
  const pickerId = useId();
  if (!series || !option) {
    return (
      <section className="chart-card chart-card--wide" aria-label={TITLE}>
        <p className="muted">{t("compare.indicators.empty")}</p>
      </section>
    );
  }
  const groups = [...new Set(metrics.map((item) => item.metric.group))];
  const picker = (
    <div className="indicator-picker">
      <label htmlFor={pickerId}>{t("compare.indicators.picker")}</label>
      <select id={pickerId} value={metricId} onChange={(event) => setPicked(event.target.value)}>
        {groups.map((group) => (
          <optgroup key={group} label={group}>
            {metrics
              .filter((item) => item.metric.group === group)
              .map(({ metric, pointCount, firstYear, lastYear }) => (
                <option key={metric.id} value={metric.id}>
                  {metric.label} (
                  {t("compare.indicators.figures", { count: pointCount, first: firstYear, last: lastYear })})
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      <YearSummary series={series} yearA={yearA} yearB={yearB} />
    </div>
  );
  return (
    <ChartCard
      wide
      title={TITLE}
      note={t("compare.indicators.note")}
      chart={
        <>
          {picker}
          <EChart
            option={option}
            label={series.metric.label}
            description={`${series.metric.label}: ${series.points.map((point) => `${point.year} ${formatFigure(point)}`).join("; ")}.`}
            height={320}
            items={series.points.map((point, dataIndex) => ({
              value: String(dataIndex),
              label: `${point.year}: ${formatFigure(point)}, ${describePointChange(point)}`,
              dataIndex,
            }))}
          />
          <p className="indicator-legend">
            <Trans
              i18nKey="compare.indicators.legend"
              components={{
                dot: <span aria-hidden="true" />,
                diamond: <span aria-hidden="true" />,
                dash: <span aria-hidden="true" />,
              }}
            />
          </p>
          <SeriesNotes series={series} />
        </>
      }
      table={
        <>
          {picker}
          <IndicatorTable series={series} yearA={yearA} yearB={yearB} />
        </>
      }
    />
  );
}

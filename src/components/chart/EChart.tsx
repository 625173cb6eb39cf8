import type { EChartsOption } from "echarts";
import EChartsReactCore from "echarts-for-react/esm/core";
import { useCallback, useContext, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { echartsLocaleOf } from "../../i18n/languages";
import { useLanguage } from "../../i18n/use-language";
import { echartsLocalePack } from "../../i18n/echarts-locale-option";
import { ChartDisplayContext, DARK_THEME } from "./chart-theme";
import { echarts } from "./echarts-setup";

type EChartsInstance = ReturnType<typeof echarts.init>;

const registeredLocales = new Set<string>();

/** SVG, in the active language's ECharts locale (registered once, from the pack loaded with the language). */
function renderOptionsFor(localeName: string) {
  const pack = echartsLocalePack(localeName);
  if (pack && !registeredLocales.has(localeName)) {
    echarts.registerLocale(localeName, pack);
    registeredLocales.add(localeName);
  }
  return registeredLocales.has(localeName)
    ? ({ renderer: "svg", locale: localeName } as const)
    : ({ renderer: "svg" } as const);
}
// Merge updates into the drawn chart (ECharts diffs the elements) instead of rebuilding it;
// series are replaced wholesale so that a shorter list never leaves stale bars behind.
const REPLACE_MERGE = ["series"];

export interface EChartProps {
  option: EChartsOption;
  /** Accessible name of the chart, e.g. "Activities by SDG". */
  label: string;
  /** Longer text alternative: what the chart shows and its largest values. */
  description: string;
  height: number;
  /**
   * Values behind the data points in keyboard order (e.g. SDG numbers). Arrow keys move between them,
   * Enter or Space activates one: the keyboard twin of a click.
   */
  items?: ReadonlyArray<{ value: string; label: string; dataIndex: number }>;
  onActivate?: (value: string) => void;
}

interface ClickParams {
  name?: string;
  data?: unknown;
}

/** Data items may carry the filter value they stand for; otherwise the category name is the value. */
function valueOfClick(params: ClickParams): string | undefined {
  const data = params.data;
  if (typeof data === "object" && data !== null && "filterValue" in data) {
    return String((data as { filterValue: unknown }).filterValue);
  }
  return params.name;
}

/** The benchmark's "first chart drawn" moment (npm run bench); a no-op after the first time. */
function markFirstChart() {
  if (performance.getEntriesByName(FIRST_CHART_MARK).length === 0) performance.mark(FIRST_CHART_MARK);
}

export const FIRST_CHART_MARK = "wsis:first-chart";

/** The one component that talks to echarts-for-react. */
export function EChart({ option, label, description, height, items = [], onActivate }: EChartProps) {
  const instance = useRef<EChartsInstance | null>(null);
  const { t } = useTranslation();
  const language = useLanguage();
  // A new object re-creates the chart in echarts-for-react, so it changes only with the language.
  const renderOptions = useMemo(() => renderOptionsFor(echartsLocaleOf(language)), [language]);
  const display = useContext(ChartDisplayContext);
  const shownOption = useMemo(
    () =>
      display.showLegend || !option.legend
        ? option
        : { ...option, legend: { show: false }, grid: { ...option.grid, top: 8 } },
    [option, display.showLegend],
  );
  const [activeIndex, setActiveIndex] = useState<number | null>(null);
  const descriptionId = useId();
  const events = useMemo(
    () => ({
      click: (params: ClickParams) => {
        const value = valueOfClick(params);
        if (value !== undefined && onActivate) onActivate(value);
      },
    }),
    [onActivate],
  );

  const showItem = useCallback(
    (index: number) => {
      setActiveIndex(index);
      const dataIndex = items[index]?.dataIndex ?? index;
      instance.current?.dispatchAction({ type: "showTip", seriesIndex: 0, dataIndex });
    },
    [items],
  );

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    if (items.length === 0) return;
    const current = activeIndex ?? -1;
    if (event.key === "ArrowRight" || event.key === "ArrowDown") showItem((current + 1) % items.length);
    else if (event.key === "ArrowLeft" || event.key === "ArrowUp")
      showItem((current - 1 + items.length) % items.length);
    else if (event.key === "Home") showItem(0);
    else if (event.key === "End") showItem(items.length - 1);
    else if ((event.key === "Enter" || event.key === " ") && activeIndex !== null) {
      const item = items[activeIndex];
      if (item && onActivate) onActivate(item.value);
    } else return;
    event.preventDefault();
  };

  const activeItem = activeIndex === null ? undefined : items[activeIndex];
  return (
    <div className="echart">
      {/* The canvas is hidden from assistive technology; this focusable region speaks for it.
          ARIA has no chart role, so a labelled group with a role description carries the keys. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        role="group"
        aria-roledescription={t("chart.roleDescription")}
        aria-label={label}
        aria-describedby={descriptionId}
        tabIndex={items.length > 0 ? 0 : undefined}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setActiveIndex(null);
          instance.current?.dispatchAction({ type: "hideTip" });
        }}
        className="echart__surface"
      >
        <EChartsReactCore
          echarts={echarts}
          option={shownOption}
          notMerge={false}
          replaceMerge={REPLACE_MERGE}
          theme={display.tone === "dark" ? DARK_THEME : undefined}
          opts={renderOptions}
          style={{ height, width: "100%" }}
          onEvents={events}
          onChartReady={(chart: EChartsInstance) => {
            instance.current = chart;
            chart.on("rendered", markFirstChart);
          }}
          aria-hidden="true"
        />
      </div>
      <p id={descriptionId} className="visually-hidden">
        {description}
        {items.length > 0 && onActivate ? ` ${t("chart.keyboardHint")}` : ""}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {activeItem ? activeItem.label : ""}
      </p>
    </div>
  );
}

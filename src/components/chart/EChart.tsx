import type { EChartsOption } from "echarts";
import { useCallback, useContext, useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { echartsLocaleOf } from "../../i18n/languages";
import { useLanguage } from "../../i18n/use-language";
import { echartsLocalePack } from "../../i18n/echarts-locale-option";
import { SERIES_REPLACE_MERGE } from "./base-option";
import {
  ChartHost,
  ChartHostPlaceholder,
  usePreloadedChartHost,
  type DrawnChart,
} from "./chart-host-context";
import { CHART_PALETTES } from "./chart-palette";
import { ChartPrerenderContext, ChartWideContext, PRERENDERED_CHART_ATTRIBUTE } from "./chart-prerender";
import { ChartDisplayContext } from "./chart-theme";
import { displayOption } from "./display-option";
import { ChartHeightContext } from "./type-scale";
import { fitAxisLabels } from "./fit-axis-labels";
import { echarts } from "./echarts-setup";
import { useChartDrawing } from "./use-chart-drawing";
import { useChartModules } from "./use-chart-modules";
import { drawnDataDigest } from "./drawn-data-digest";
import { markFirstChart } from "./first-chart-mark";

// echarts/core registers EN and ZH itself (lib/core/locale.js); naming them too makes a chart's locale the
// UI's language, not the one ECharts guessed from the page when it loaded.
const registeredLocales = new Set<string>(["EN", "ZH"]);

/** The active language's ECharts locale, registered once from the pack loaded with the language. */
function registeredLocale(localeName: string): string | undefined {
  const pack = echartsLocalePack(localeName);
  if (pack && !registeredLocales.has(localeName)) {
    echarts.registerLocale(localeName, pack);
    registeredLocales.add(localeName);
  }
  return registeredLocales.has(localeName) ? localeName : undefined;
}

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

/**
 * The option as drawn: a chart that replaces another (new modules, theme or language) takes over without
 * animation, so nothing visibly redraws; later updates animate as the option says.
 */
function useQuietOnReplace(
  identity: string | null,
  drawn: EChartsOption | null,
  replacesPrerender: boolean,
): EChartsOption | null {
  // A chart that takes over from its prerendered SVG replaces a drawing too.
  const [seen, setSeen] = useState(() => ({
    identity: replacesPrerender ? PRERENDERED_CHART_ATTRIBUTE : identity,
    drawn,
    quiet: false,
  }));
  if (seen.identity !== identity || seen.drawn !== drawn) {
    setSeen({ identity, drawn, quiet: seen.identity !== identity && seen.identity !== null });
  }
  const quiet = seen.quiet;
  return useMemo(
    () => (drawn ? { ...drawn, animation: quiet ? false : (drawn.animation ?? true) } : null),
    [drawn, quiet],
  );
}

/**
 * The one component that draws ECharts on screen, with the canvas renderer: the chart's name, description
 * and keyboard twin around an instance host (chart-host.tsx; the app's is echarts-for-react's component).
 */
export function EChart({ option, label, description, height, items = [], onActivate }: EChartProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const locale = useMemo(() => registeredLocale(echartsLocaleOf(language)), [language]);
  const display = useContext(ChartDisplayContext);
  const { tone, showLegend, pattern } = display;
  const shownOption = useMemo(
    () => fitAxisLabels(displayOption(option, { showLegend, pattern })),
    [option, showLegend, pattern],
  );
  const [activeIndex, setActiveIndex] = useState<number | null>(null);
  const descriptionId = useId();
  const surfaceHeight = useContext(ChartHeightContext);
  const shownHeight = surfaceHeight ?? height;
  const hostStyle = useMemo(() => ({ height: shownHeight, width: "100%" }), [shownHeight]);
  // The option was built with the same palette (useChartPalette): ECharts draws the rest from its theme.
  const theme = CHART_PALETTES[tone].echartsTheme;
  const prerender = useContext(ChartPrerenderContext);
  const wide = useContext(ChartWideContext);
  // The prerendered SVG holds the place, same size, until the interactive chart draws over it.
  const [prerendered] = useState(() =>
    prerender?.(descriptionId, { option: shownOption, height: shownHeight, wide }),
  );
  // The prerendered SVG shows the option it was rendered from: once the chart's option changes (a click
  // before this chart's first turn), it would show older numbers, so it is hidden until the chart draws.
  const [prerenderedOption] = useState(shownOption);
  const prerenderOutdated = prerendered !== undefined && shownOption !== prerenderedOption;
  const activate = useRef(onActivate);
  useEffect(() => {
    activate.current = onActivate;
  }, [onActivate]);
  const events = useMemo(
    () => ({
      rendered: markFirstChart,
      click: (params: ClickParams) => {
        const value = valueOfClick(params);
        if (value !== undefined) activate.current?.(value);
      },
    }),
    [],
  );
  // The tooltip module is fetched when someone first points at or focuses this chart.
  const [wantsTooltip, setWantsTooltip] = useState(false);
  const { moduleSet, drawn } = useChartModules(shownOption, wantsTooltip);
  usePreloadedChartHost();
  // A new module set, theme or locale needs a new ECharts instance: the key remounts the chart.
  const identity = moduleSet === null ? null : [moduleSet, theme, locale ?? ""].join("|");
  const latestOption = useQuietOnReplace(identity, drawn, prerendered !== undefined);
  const host = useRef<HTMLDivElement>(null);
  const { shown: drawnOption, state, endFirstDraw } = useChartDrawing(host, latestOption, identity);
  const digest = useMemo(() => (drawnOption ? drawnDataDigest(drawnOption) : ""), [drawnOption]);
  const chart = useRef<DrawnChart | null>(null);
  const onChartReady = useCallback(
    (drawnChart: DrawnChart) => {
      chart.current = drawnChart;
      markFirstChart();
      endFirstDraw();
    },
    [endFirstDraw],
  );
  const dispatch = (action: { type: string; seriesIndex?: number; dataIndex?: number }) => {
    if (chart.current && !chart.current.isDisposed()) chart.current.dispatchAction(action);
  };

  const showItem = (index: number) => {
    setActiveIndex(index);
    const dataIndex = items[index]?.dataIndex ?? index;
    dispatch({ type: "showTip", seriesIndex: 0, dataIndex });
  };

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
    <div className="echart" ref={host}>
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
        onPointerEnter={() => setWantsTooltip(true)}
        onFocus={() => setWantsTooltip(true)}
        onBlur={() => {
          setActiveIndex(null);
          dispatch({ type: "hideTip" });
        }}
        className="echart__surface"
      >
        {/* Until the chart's first turn, a box of the same size holds the place (empty, or holding the
            prerendered SVG). */}
        {drawnOption ? (
          <ChartHost
            key={identity}
            option={drawnOption}
            theme={theme}
            locale={locale}
            replaceMerge={SERIES_REPLACE_MERGE}
            onEvents={events}
            onChartReady={onChartReady}
            style={hostStyle}
            patterns={pattern}
            drawState={state}
            drawnData={digest}
          />
        ) : (
          <ChartHostPlaceholder
            style={hostStyle}
            theme={theme}
            patterns={pattern}
            drawState={state}
            prerendered={
              prerendered === undefined
                ? undefined
                : { id: descriptionId, svg: prerendered, outdated: prerenderOutdated }
            }
          />
        )}
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

import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { CHART_PALETTES } from "../../components/chart/chart-palette";
import type { ChartPrerender } from "../../components/chart/chart-prerender";
import { seedShippedData } from "../../data/queries";
import { createMemoryStore } from "../../data/user-datasets/user-dataset-store";
import { USER_DATASETS_KEY } from "../../data/user-datasets/user-dataset-queries";
import { renderChartSvg } from "../../shared/chart-image/render-chart-svg";
import { App } from "../App";
import { preloadLanding } from "../landing";
import { createQueryClient } from "../query-client";
import { LandingProviders } from "../../pages/LandingProviders";
import { LANDING_CHART_WIDTH } from "./landing-layout";
import {
  PRERENDERED_ROOT_ATTRIBUTE,
  PRERENDERED_STYLE_ATTRIBUTE,
} from "../../components/prerendered-landing";
import { PRE_PAINT_SCRIPT } from "./pre-paint-script";

// ECharts' SVG carries a stylesheet for its hover effects, which the interactive chart draws itself: the
// page's policy allows one stylesheet of the build's, not one per chart.
const HOVER_STYLES = /<style[\s\S]*?<\/style>/g;

// The landing view is drawn in the light theme, the one every visitor it is shown to sees.
const drawChart: ChartPrerender = (_id, { option, height, wide }) => {
  const width = wide ? LANDING_CHART_WIDTH.wide : LANDING_CHART_WIDTH.column;
  return renderChartSvg(option, width, height, CHART_PALETTES.light).replace(HOVER_STYLES, "");
};

/**
 * The markup of `#/` (all years, no filters, English, light theme) for the build to put into index.html:
 * the app itself rendered on the server from the shipped data's texts (by path under data/), its charts as
 * SVG, with the pre-paint script that decides who sees it. The client hydrates it (main.tsx) where it is shown.
 */
export async function renderLanding(texts: ReadonlyMap<string, string>): Promise<{
  markup: string;
  script: string;
  rootAttribute: string;
  dataDigest: string;
  styleAttribute: string;
}> {
  const client = createQueryClient();
  const dataDigest = await seedShippedData(client, texts);
  // No visitor's saved datasets: whoever has some is shown the app drawn in the browser instead.
  client.setQueryData(USER_DATASETS_KEY, { records: [], keys: [], merge: undefined });
  await preloadLanding();
  const markup = renderToString(
    <StrictMode>
      <LandingProviders store={createMemoryStore()} chartPrerender={drawChart}>
        <App queryClient={client} />
      </LandingProviders>
    </StrictMode>,
  );
  return {
    markup,
    script: PRE_PAINT_SCRIPT,
    rootAttribute: PRERENDERED_ROOT_ATTRIBUTE,
    dataDigest,
    styleAttribute: PRERENDERED_STYLE_ATTRIBUTE,
  };
}

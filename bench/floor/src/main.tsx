// The floor of the benchmark: the least a Vite + React + ECharts page can be. One bar chart from
// echarts/core, fed by one fetched JSON file, same package versions as the app.
import { BarChart } from "echarts/charts";
import { GridComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { StrictMode, useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import { markFirstChart } from "../../../src/components/chart/first-chart-mark";

echarts.use([BarChart, GridComponent, CanvasRenderer]);

interface Counts {
  labels: string[];
  values: number[];
}

function Chart({ counts }: { counts: Counts }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current);
    // Same definition of "first chart drawn" as the app's EChart wrapper.
    chart.on("rendered", markFirstChart);
    chart.setOption({
      xAxis: { type: "category", data: counts.labels },
      yAxis: { type: "value" },
      series: [{ type: "bar", data: counts.values }],
    });
    return () => chart.dispose();
  }, [counts]);
  return <div ref={element} style={{ height: 400 }} />;
}

function App() {
  const [counts, setCounts] = useState<Counts | null>(null);
  useEffect(() => {
    void fetch("./counts.json")
      .then((response) => response.json() as Promise<Counts>)
      .then(setCounts);
  }, []);
  return counts ? <Chart counts={counts} /> : <p>Loading…</p>;
}

const container = document.getElementById("root");
if (!container) throw new Error("no #root");
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

import { hasFirstChart } from "./first-chart-mark";

/**
 * Runs `task` once the page has loaded and drawn its first chart, or `patienceMs` after the load on a page
 * that draws none (the table, a page that failed). The load event alone comes too early: the route's chunks
 * and the data are fetched after it, and work started then (the service worker precaching every file)
 * competes with them for the network.
 */
export function afterFirstChart(task: () => void, patienceMs = 5000): void {
  let done = false;
  let observer: PerformanceObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    task();
  };
  const whenLoaded = () => {
    if (hasFirstChart() || typeof PerformanceObserver === "undefined") return run();
    observer = new PerformanceObserver(() => {
      if (hasFirstChart()) run();
    });
    observer.observe({ type: "mark" });
    timer = setTimeout(run, patienceMs);
  };
  if (document.readyState === "complete") whenLoaded();
  else window.addEventListener("load", whenLoaded, { once: true });
}

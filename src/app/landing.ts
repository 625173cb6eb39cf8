import { preloadAppFrame } from "./AppShell";
import { loadAppFrame } from "./route-chunks";

/**
 * Every chunk the landing view (`#/`) renders, loaded ahead of the first render: the build's server
 * render and the client's hydration of it must both render the whole page at once, not its fallbacks.
 */
export async function preloadLanding(): Promise<void> {
  const [{ preloadOverviewPage }] = await Promise.all([loadAppFrame(), preloadAppFrame()]);
  await preloadOverviewPage();
}

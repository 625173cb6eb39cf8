import { chunkComponent } from "../components/chunk-component";
import { PageLoading } from "../components/PageLoading";
import type { QueryClient } from "@tanstack/react-query";
import { PanelErrorBoundary } from "../components/PanelErrorBoundary";
import { useTranslation } from "../i18n/use-translation";
import { useHashLocation } from "../url-state/use-hash-location";
import { APP_EMBED_VIEWS } from "./app-embed-views";
import { loadAppFrame, loadEmbedPage } from "./route-chunks";

/**
 * Embeds render alone, without the app's header and navigation, and load only their own code: the
 * frame around the pages (AppFrame), with the query cache and echarts-for-react, is a chunk that an
 * embedded chart never downloads.
 */
export function AppShell({ queryClient }: { queryClient?: QueryClient }) {
  const { path } = useHashLocation();
  const { t } = useTranslation();
  if (!path.startsWith("/embed/")) return <AppFrame queryClient={queryClient} />;
  return (
    <PanelErrorBoundary what={t("panel.thisView")} resetKey={path}>
      <EmbedPage appViews={APP_EMBED_VIEWS} />
    </PanelErrorBoundary>
  );
}

const AppFrame = chunkComponent(() => loadAppFrame().then((module) => module.AppFrame), PageLoading);
/** AppFrame's chunk, brought in ahead of the first render (the landing view's prerender and hydration). */
export const preloadAppFrame = () => AppFrame.preload();

const EmbedPage = chunkComponent(() => loadEmbedPage().then((module) => module.EmbedPage), PageLoading);

import { chunkComponent } from "../components/chunk-component";
import { PageLoading } from "../components/PageLoading";
import { PanelBoundary } from "../components/PanelBoundary";
import { useTranslation } from "../i18n/use-translation";
import { useHashLocation } from "../url-state/use-hash-location";
import { loadAppFrame, loadEmbedPage } from "./route-chunks";

/**
 * Embeds render alone, without the app's header and navigation, and load only their own code: the
 * frame around the pages (AppFrame) is a chunk that an embed never downloads.
 */
export function AppShell() {
  const { path } = useHashLocation();
  const { t } = useTranslation();
  if (!path.startsWith("/embed/")) return <AppFrame />;
  return (
    <PanelBoundary what={t("panel.thisView")} resetKey={path}>
      <EmbedPage />
    </PanelBoundary>
  );
}

const AppFrame = chunkComponent(() => loadAppFrame().then((module) => module.AppFrame), PageLoading);
/** AppFrame's chunk, brought in ahead of the first render (the landing view's prerender and hydration). */
export const preloadAppFrame = () => AppFrame.preload();

const EmbedPage = chunkComponent(() => loadEmbedPage().then((module) => module.EmbedPage), PageLoading);

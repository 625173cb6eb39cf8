import { chunkComponent } from "../components/chunk-component";
import { PageLoading } from "../components/PageLoading";
import type { AppEmbedViews } from "../pages/EmbedPage";

// Each view is its own chunk: the table's embed never downloads the comparison, nor the other way round.
export const APP_EMBED_VIEWS: AppEmbedViews = {
  compare: chunkComponent(
    () => import("./EmbedCompareView").then((module) => module.EmbedCompareView),
    PageLoading,
  ),
  activities: chunkComponent(
    () => import("../features/activities/ActivitiesTableView").then((module) => module.ActivitiesTableView),
    PageLoading,
  ),
};

// Every page loads on first visit: the shell stays small. AppFrame shows them; route-chunks.ts starts the
// current one early.
export const loadOverviewPage = () => import("../pages/OverviewPage");
export const loadActivitiesPage = () => import("../pages/ActivitiesPage");
export const loadComparePage = () => import("../pages/ComparePage");
export const loadPresentPage = () => import("../pages/PresentPage");

export interface RouteLink {
  path: string;
  label: string;
}

/** The pages in the main navigation (embeds, #/embed/<view>, are shown inside other sites). */
export const NAV_ROUTES: readonly RouteLink[] = [
  { path: "/", label: "Overview" },
  { path: "/activities", label: "Activities" },
  { path: "/compare", label: "Compare years" },
  { path: "/present", label: "Present" },
];

export interface RouteLink {
  path: string;
  label: string;
}

/** The pages in the main navigation; #/present and #/embed/<view> arrive with their issues. */
export const NAV_ROUTES: readonly RouteLink[] = [
  { path: "/", label: "Overview" },
  { path: "/activities", label: "Activities" },
  { path: "/compare", label: "Compare years" },
];

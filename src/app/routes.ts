import type { ParseKeys } from "i18next";

export interface RouteLink {
  path: string;
  /** Catalog key of the link text. */
  labelKey: ParseKeys;
}

/** The pages in the main navigation (embeds, #/embed/<view>, are shown inside other sites). */
export const NAV_ROUTES: readonly RouteLink[] = [
  { path: "/", labelKey: "app.nav.overview" },
  { path: "/activities", labelKey: "app.nav.activities" },
  { path: "/compare", labelKey: "app.nav.compare" },
  { path: "/present", labelKey: "app.nav.present" },
];

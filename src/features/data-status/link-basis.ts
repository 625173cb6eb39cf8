import type { LinkBasis } from "../../schema/common";

/** Shapes, not only colours, tell the bases apart. */
export const BASIS_MARKERS: Record<LinkBasis, string> = { stated: "●", matrix: "◐", assigned: "○" };

export const BASIS_DESCRIPTIONS: Record<LinkBasis, string> = {
  stated: "the source names this link",
  matrix: "derived from the WSIS-SDG matrix for the activity's action lines",
  assigned: "coded by us under a documented rule",
};

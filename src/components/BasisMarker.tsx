import type { LinkBasis } from "../schema/common";

/** Shapes, not only colours, tell the bases apart. */
export const BASIS_MARKERS: Record<LinkBasis, string> = { stated: "●", matrix: "◐", assigned: "○" };

export const BASIS_DESCRIPTIONS: Record<LinkBasis, string> = {
  stated: "the source names this link",
  matrix: "derived from the WSIS-SDG matrix for the activity's action lines",
  assigned: "coded by us under a documented rule",
};

export const BASIS_LABELS: Record<LinkBasis, string> = {
  stated: "stated",
  matrix: "from the matrix",
  assigned: "assigned",
};

export function BasisMarker({ basis }: { basis: LinkBasis }) {
  return (
    <span
      className={`basis-marker basis-marker--${basis}`}
      title={`${BASIS_LABELS[basis]}: ${BASIS_DESCRIPTIONS[basis]}`}
    >
      <span aria-hidden="true">{BASIS_MARKERS[basis]}</span>
      <span className="visually-hidden"> ({BASIS_LABELS[basis]})</span>
    </span>
  );
}

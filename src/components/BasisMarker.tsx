import { useTranslation } from "../i18n/use-translation";
import type { LinkBasis } from "../schema/common";

/** Shapes, not only colours, tell the bases apart. */
export const BASIS_MARKERS: Record<LinkBasis, string> = { stated: "●", matrix: "◐", assigned: "○" };

export function BasisMarker({ basis }: { basis: LinkBasis }) {
  const { t } = useTranslation();
  const label = t(`basis.label.${basis}`);
  return (
    <span
      className={`basis-marker basis-marker--${basis}`}
      title={`${label}: ${t(`basis.description.${basis}`)}`}
    >
      <span aria-hidden="true">{BASIS_MARKERS[basis]}</span>
      <span className="visually-hidden"> ({label})</span>
    </span>
  );
}

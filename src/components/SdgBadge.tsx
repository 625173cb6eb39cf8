import { useTranslation } from "../i18n/use-translation";
import type { LinkBasis } from "../schema/common";
import type { Sdg } from "../schema/reference";
import { BasisMarker } from "./BasisMarker";
import { readableTextColor } from "./readable-text-color";

/** A coloured goal badge; the number and (for screen readers) the name carry the meaning, not the colour. */
export function SdgBadge({ sdg, basis }: { sdg: Sdg; basis?: LinkBasis }) {
  const { t } = useTranslation();
  return (
    <span
      className="sdg-badge"
      style={{ background: sdg.color, color: readableTextColor(sdg.color) }}
      title={t("sdg.named", { number: sdg.number, name: sdg.shortName })}
    >
      {sdg.number}
      <span className="visually-hidden"> {sdg.shortName}</span>
      {basis ? <BasisMarker basis={basis} /> : null}
    </span>
  );
}

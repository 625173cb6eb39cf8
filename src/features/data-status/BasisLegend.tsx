import { useTranslation } from "../../i18n/use-translation";
import { BASIS_MARKERS } from "../../components/BasisMarker";
import { SourceKindTag } from "../../components/SourceKindTag";

/** The kinds the table tags (official sources carry no tag). */
const TAGGED_KINDS = ["copy", "press"] as const;

export function BasisLegend() {
  const { t } = useTranslation();
  return (
    <dl className="basis-legend" aria-label={t("basis.legendLabel")}>
      {(Object.keys(BASIS_MARKERS) as Array<keyof typeof BASIS_MARKERS>).map((basis) => (
        <div key={basis} className="basis-legend__item">
          <dt>
            <span className={`basis-marker basis-marker--${basis}`} aria-hidden="true">
              {BASIS_MARKERS[basis]}
            </span>{" "}
            {t(`basis.label.${basis}`)}
          </dt>
          <dd>{t(`basis.description.${basis}`)}</dd>
        </div>
      ))}
      {TAGGED_KINDS.map((kind) => (
        <div key={kind} className="basis-legend__item">
          <dt>
            <SourceKindTag kind={kind} />
          </dt>
          <dd>{t(`basis.source.description.${kind}`)}</dd>
        </div>
      ))}
    </dl>
  );
}

import { BASIS_DESCRIPTIONS, BASIS_LABELS, BASIS_MARKERS } from "../../components/BasisMarker";

export function BasisLegend() {
  return (
    <dl className="basis-legend" aria-label="How links were made">
      {(Object.keys(BASIS_MARKERS) as Array<keyof typeof BASIS_MARKERS>).map((basis) => (
        <div key={basis} className="basis-legend__item">
          <dt>
            <span className={`basis-marker basis-marker--${basis}`} aria-hidden="true">
              {BASIS_MARKERS[basis]}
            </span>{" "}
            {BASIS_LABELS[basis]}
          </dt>
          <dd>{BASIS_DESCRIPTIONS[basis]}</dd>
        </div>
      ))}
    </dl>
  );
}

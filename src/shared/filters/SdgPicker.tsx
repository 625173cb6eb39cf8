import { useTranslation } from "../../i18n/use-translation";
import { readableTextColor } from "../../components/readable-text-color";
import type { Sdg } from "../../schema/reference";

interface SdgPickerProps {
  sdgs: readonly Sdg[];
  selected: readonly number[];
  /** Live counts per goal, shown on the tiles when given. */
  counts?: ReadonlyMap<number, number>;
  onToggle: (sdg: number) => void;
}

/** The 17 goal tiles in their official colours; number and name in text, so colour is never alone. */
export function SdgPicker({ sdgs, selected, counts, onToggle }: SdgPickerProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="sdg-picker">
      <legend>{t("filters.sdgs")}</legend>
      <div className={selected.length > 0 ? "sdg-picker__grid has-selection" : "sdg-picker__grid"}>
        {sdgs.map((sdg) => {
          const isSelected = selected.includes(sdg.number);
          return (
            <button
              key={sdg.number}
              type="button"
              className={counts ? "sdg-tile has-count" : "sdg-tile"}
              // --sdg-color lets the stylesheet wash the tile out while another SDG is selected.
              style={{
                background: sdg.color,
                color: readableTextColor(sdg.color),
                ["--sdg-color" as string]: sdg.color,
              }}
              aria-pressed={isSelected}
              title={sdg.title}
              onClick={() => onToggle(sdg.number)}
            >
              <span className="sdg-tile__number">{sdg.number}</span>{" "}
              <span className="sdg-tile__name">{sdg.shortName}</span>{" "}
              {counts ? (
                <span className="sdg-tile__count">
                  {counts.get(sdg.number) ?? 0}{" "}
                  <span className="visually-hidden">
                    {t("filters.tileCount", { count: counts.get(sdg.number) ?? 0 })}
                  </span>
                </span>
              ) : null}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}

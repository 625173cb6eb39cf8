import { useTranslation } from "../../i18n/use-translation";
import type { FilterChip } from "../../domain/describe-filters";

interface FilterChipsProps {
  chips: readonly FilterChip[];
  onRemove: (chip: FilterChip) => void;
  onClearAll: () => void;
}

export function FilterChips({ chips, onRemove, onClearAll }: FilterChipsProps) {
  const { t } = useTranslation();
  if (chips.length === 0) return <p className="filter-chips__empty">{t("filters.noFilters")}</p>;
  return (
    <ul className="filter-chips" aria-label={t("filters.active")}>
      {chips.map((chip) => (
        <li key={`${chip.key}:${chip.value}`} className="filter-chip">
          <span>{chip.label}</span>
          <button
            type="button"
            className="filter-chip__remove"
            aria-label={t("filters.remove", { label: chip.label })}
            onClick={() => onRemove(chip)}
          >
            ×
          </button>
        </li>
      ))}
      <li>
        <button type="button" className="link-button" onClick={onClearAll}>
          {t("filters.clearAll")}
        </button>
      </li>
    </ul>
  );
}

import type { FilterChip } from "../../domain/describe-filters";

interface FilterChipsProps {
  chips: readonly FilterChip[];
  onRemove: (chip: FilterChip) => void;
  onClearAll: () => void;
}

export function FilterChips({ chips, onRemove, onClearAll }: FilterChipsProps) {
  if (chips.length === 0) return <p className="filter-chips__empty">No filters: showing every activity.</p>;
  return (
    <ul className="filter-chips" aria-label="Active filters">
      {chips.map((chip) => (
        <li key={`${chip.key}:${chip.value}`} className="filter-chip">
          <span>{chip.label}</span>
          <button
            type="button"
            className="filter-chip__remove"
            aria-label={`Remove filter ${chip.label}`}
            onClick={() => onRemove(chip)}
          >
            ×
          </button>
        </li>
      ))}
      <li>
        <button type="button" className="link-button" onClick={onClearAll}>
          Clear all
        </button>
      </li>
    </ul>
  );
}

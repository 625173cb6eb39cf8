import { useTranslation } from "../../i18n/use-translation";
import { chipWording } from "../../components/chip-wording";
import type { FacetCounts } from "../../domain/facets";
import { isEnglishFallback } from "../../i18n/official-names";
import { useLanguage } from "../../i18n/use-language";
import type { FilterState, ListFilterKey } from "../../domain/filter-state";
import { EMPTY_FILTERS, toggleFilterValue } from "../../domain/filter-state";
import type { Reference } from "../../schema/reference";
import { CheckboxMenu } from "../../components/CheckboxMenu";
import { FilterChips } from "./FilterChips";
import { describeFilters, type FilterChip } from "../../domain/describe-filters";
import { SdgPicker } from "./SdgPicker";
import { SearchBox } from "./SearchBox";

interface FilterBarProps {
  filters: FilterState;
  reference: Reference;
  reportYears: readonly number[];
  onChange: (next: FilterState) => void;
  /** For pages that choose their years themselves (the comparison): no report-year menu. */
  hideYears?: boolean;
  /** Live counts per option (the activities page shows them; charts already do on the overview). */
  facets?: FacetCounts;
}

export function FilterBar({
  filters,
  reference,
  reportYears,
  onChange,
  hideYears = false,
  facets,
}: FilterBarProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const toggle = <K extends ListFilterKey>(key: K, value: FilterState[K][number]) =>
    onChange(toggleFilterValue(filters, key, value));
  const removeChip = (chip: FilterChip) => {
    if (chip.key === "q") onChange({ ...filters, q: "" });
    else if (chip.key === "years" || chip.key === "sdgs") toggle(chip.key, Number(chip.value));
    else toggle(chip.key, String(chip.value));
  };

  return (
    <section className="filter-bar" aria-label={t("filters.label")}>
      <div className="filter-bar__row">
        <SearchBox key={filters.q} value={filters.q} onCommit={(q) => onChange({ ...filters, q })} />
        {hideYears ? null : (
          <CheckboxMenu
            label={t("filters.reportYear")}
            options={[...reportYears].reverse().map((year) => ({
              value: String(year),
              label: String(year),
              count: facets ? (facets.years.get(year) ?? 0) : undefined,
            }))}
            selected={filters.years.map(String)}
            onToggle={(value) => toggle("years", Number(value))}
          />
        )}
        <CheckboxMenu
          label={t("filters.sector")}
          options={reference.sectors.map((sector) => ({
            value: sector.code,
            label: `${sector.code} · ${sector.name}`,
            count: facets ? (facets.sectors.get(sector.code) ?? 0) : undefined,
            englishFallback: isEnglishFallback(language, "sectors", sector.code),
          }))}
          selected={filters.sectors}
          onToggle={(value) => toggle("sectors", value)}
        />
        <CheckboxMenu
          label={t("filters.actionLine")}
          options={reference.actionLines.map((line) => ({
            value: line.code,
            label: `${line.code} ${line.title}`,
            indent: line.parent !== undefined,
            englishFallback: isEnglishFallback(language, "actionLines", line.code),
            count: facets ? (facets.lines.get(line.code) ?? 0) : undefined,
          }))}
          selected={filters.lines}
          onToggle={(value) => toggle("lines", value)}
        />
      </div>
      <SdgPicker
        sdgs={reference.sdgs}
        selected={filters.sdgs}
        counts={facets?.sdgs}
        onToggle={(sdg) => toggle("sdgs", sdg)}
      />
      <FilterChips
        chips={describeFilters(filters, reference, chipWording(t))}
        onRemove={removeChip}
        onClearAll={() => onChange(EMPTY_FILTERS)}
      />
    </section>
  );
}

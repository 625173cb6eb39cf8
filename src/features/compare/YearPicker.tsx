import { useId } from "react";
import { useTranslation } from "../../i18n/use-translation";
import type { CompareYears } from "../../url-state/compare-params";

interface YearPickerProps {
  years: CompareYears;
  reportYears: readonly number[];
  /** True when any report in view is compiled (dated by activity year, not by edition). */
  compiled: boolean;
  onChange: (years: CompareYears) => void;
}

/** The two years compared; they live in the URL as a and b. */
export function YearPicker({ years, reportYears, compiled, onChange }: YearPickerProps) {
  const { t } = useTranslation();
  const idA = useId();
  const idB = useId();
  const options = [...reportYears].sort((x, y) => y - x);
  const select = (id: string, side: keyof CompareYears) => (
    <select
      id={id}
      value={years[side]}
      onChange={(event) => onChange({ ...years, [side]: Number(event.target.value) })}
    >
      {options.map((year) => (
        <option key={year} value={year}>
          {year}
        </option>
      ))}
    </select>
  );
  return (
    <section className="year-picker" aria-label={t("compare.years.label")}>
      <div className="year-picker__row">
        <div className="year-picker__field">
          <label htmlFor={idA}>
            {t("compare.years.from")} <span className="year-picker__tag">A</span>
          </label>
          {select(idA, "a")}
        </div>
        <button
          type="button"
          className="year-picker__swap"
          aria-label={t("compare.years.swapLabel", { a: years.a, b: years.b })}
          onClick={() => onChange({ a: years.b, b: years.a })}
          disabled={years.a === years.b}
        >
          <span aria-hidden="true">⇄</span> {t("compare.years.swap")}
        </button>
        <div className="year-picker__field">
          <label htmlFor={idB}>
            {t("compare.years.to")} <span className="year-picker__tag year-picker__tag--b">B</span>
          </label>
          {select(idB, "b")}
        </div>
      </div>
      {compiled ? (
        <p className="year-picker__note">{t("compare.years.compiledNote", { a: years.a, b: years.b })}</p>
      ) : null}
      {reportYears.length === 1 ? (
        <p className="year-picker__note">{t("compare.years.oneYear", { year: reportYears[0] })}</p>
      ) : null}
    </section>
  );
}

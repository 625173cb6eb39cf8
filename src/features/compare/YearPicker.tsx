import { useId } from "react";
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
    <section className="year-picker" aria-label="Years compared">
      <div className="year-picker__row">
        <div className="year-picker__field">
          <label htmlFor={idA}>
            From <span className="year-picker__tag">A</span>
          </label>
          {select(idA, "a")}
        </div>
        <button
          type="button"
          className="year-picker__swap"
          aria-label={`Swap the years: compare ${years.b} with ${years.a}`}
          onClick={() => onChange({ a: years.b, b: years.a })}
          disabled={years.a === years.b}
        >
          <span aria-hidden="true">⇄</span> Swap
        </button>
        <div className="year-picker__field">
          <label htmlFor={idB}>
            To <span className="year-picker__tag year-picker__tag--b">B</span>
          </label>
          {select(idB, "b")}
        </div>
      </div>
      {compiled ? (
        <p className="year-picker__note">
          With compiled data, “A vs B” compares activity years: the activities dated {years.a} with those
          dated {years.b}, not two report editions.
        </p>
      ) : null}
      {reportYears.length === 1 ? (
        <p className="year-picker__note">
          Only one report year is loaded ({reportYears[0]}), so A and B are the same year and every change is
          zero.
        </p>
      ) : null}
    </section>
  );
}

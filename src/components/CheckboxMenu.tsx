import { EnglishFallback } from "./EnglishFallback";

export interface CheckboxOption {
  value: string;
  label: string;
  indent?: boolean;
  count?: number;
  /** The label has no official translation in the active language and shows in English. */
  englishFallback?: boolean;
}

interface CheckboxMenuProps {
  label: string;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onToggle: (value: string) => void;
  /** Open the panel towards the start (left in LTR, right in RTL), for menus at the end of a row. */
  alignEnd?: boolean;
}

/** A native disclosure with checkboxes: keyboard and screen-reader behaviour come from the platform. */
export function CheckboxMenu({ label, options, selected, onToggle, alignEnd = false }: CheckboxMenuProps) {
  return (
    <details className={alignEnd ? "checkbox-menu checkbox-menu--align-end" : "checkbox-menu"}>
      <summary>
        {label}
        {selected.length > 0 ? <span className="checkbox-menu__badge">{selected.length}</span> : null}
      </summary>
      <fieldset className="checkbox-menu__panel">
        <legend className="visually-hidden">{label}</legend>
        {options.map((option) => (
          <label
            key={option.value}
            className={option.indent ? "checkbox-menu__option is-indented" : "checkbox-menu__option"}
          >
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={() => onToggle(option.value)}
            />
            <span>
              {option.englishFallback ? <EnglishFallback>{option.label}</EnglishFallback> : option.label}
            </span>
            {option.count !== undefined ? <span className="checkbox-menu__count">{option.count}</span> : null}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

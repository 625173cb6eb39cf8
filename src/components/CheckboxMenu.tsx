import { EnglishFallback } from "./EnglishFallback";
import { Popover } from "./popover/Popover";

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

/** A menu of checkboxes: a button that says how many are ticked, and a fieldset that pops over the page. */
export function CheckboxMenu({ label, options, selected, onToggle, alignEnd = false }: CheckboxMenuProps) {
  return (
    <Popover
      className="checkbox-menu"
      placement={alignEnd ? "bottom-end" : "bottom-start"}
      trigger={
        <>
          {label}
          {selected.length > 0 ? <span className="checkbox-menu__badge">{selected.length}</span> : null}
        </>
      }
    >
      {() => (
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
              {option.count !== undefined ? (
                <span className="checkbox-menu__count">{option.count}</span>
              ) : null}
            </label>
          ))}
        </fieldset>
      )}
    </Popover>
  );
}

import { useId } from "react";
import type { ThemeChoice } from "../url-state/display-params";

const THEME_OPTIONS: ReadonlyArray<{ value: ThemeChoice; label: string }> = [
  { value: "system", label: "System" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
  { value: "contrast", label: "High contrast" },
  { value: "contrast-dark", label: "High contrast dark" },
];

interface DisplayControlsProps {
  theme: ThemeChoice;
  pattern: boolean;
  onTheme: (choice: ThemeChoice) => void;
  onPattern: (on: boolean) => void;
}

/** The header's display settings: the colour theme and patterns in charts. */
export function DisplayControls({ theme, pattern, onTheme, onPattern }: DisplayControlsProps) {
  const themeId = useId();
  return (
    <div className="display-controls">
      <label htmlFor={themeId}>Theme</label>
      <select id={themeId} value={theme} onChange={(event) => onTheme(event.target.value as ThemeChoice)}>
        {THEME_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <label className="display-controls__pattern">
        <input type="checkbox" checked={pattern} onChange={(event) => onPattern(event.target.checked)} />
        Chart patterns
      </label>
    </div>
  );
}

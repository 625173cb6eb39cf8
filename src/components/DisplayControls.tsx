import { useId } from "react";
import { useTranslation } from "../i18n/use-translation";
import type { ThemeChoice } from "../url-state/display-params";

const THEME_OPTIONS = [
  { value: "system", label: "display.system" },
  { value: "light", label: "display.light" },
  { value: "dark", label: "display.dark" },
  { value: "contrast", label: "display.contrast" },
  { value: "contrast-dark", label: "display.contrastDark" },
] as const satisfies ReadonlyArray<{ value: ThemeChoice; label: string }>;

interface DisplayControlsProps {
  theme: ThemeChoice;
  pattern: boolean;
  onTheme: (choice: ThemeChoice) => void;
  onPattern: (on: boolean) => void;
}

/** The header's display settings: the colour theme and patterns in charts. */
export function DisplayControls({ theme, pattern, onTheme, onPattern }: DisplayControlsProps) {
  const themeId = useId();
  const { t } = useTranslation();
  return (
    <div className="display-controls">
      <label htmlFor={themeId}>{t("display.theme")}</label>
      <select id={themeId} value={theme} onChange={(event) => onTheme(event.target.value as ThemeChoice)}>
        {THEME_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {t(option.label)}
          </option>
        ))}
      </select>
      <label className="display-controls__pattern">
        <input type="checkbox" checked={pattern} onChange={(event) => onPattern(event.target.checked)} />
        {t("display.patterns")}
      </label>
    </div>
  );
}

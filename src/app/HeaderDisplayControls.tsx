import { useContext } from "react";
import { DisplayControls } from "../components/DisplayControls";
import { DisplayPreferencesContext } from "./AppDisplay";

/** The theme picker and pattern switch in the app header. */
export function HeaderDisplayControls() {
  const display = useContext(DisplayPreferencesContext);
  if (!display) return null;
  return (
    <DisplayControls
      theme={display.themeChoice}
      pattern={display.pattern}
      onTheme={display.chooseTheme}
      onPattern={display.choosePattern}
    />
  );
}

import { DisplayControls } from "../components/DisplayControls";
import { Popover } from "../components/popover/Popover";
import { LoadDataButton } from "../features/import/LoadDataButton";
import { useTranslation } from "../i18n/use-translation";
import { useMediaQuery, type DisplayPreferences } from "../url-state/use-display-preferences";
import { LanguageSwitcher } from "./LanguageSwitcher";

/** Below this width the header folds its language and display choices into one menu. */
const FOLDED_QUERY = "(max-width: 720px)";

/**
 * The header's tools: language, theme, patterns and "Load data". On a phone the first three fold into
 * one menu, so the header leaves the screen to the page. "Load data" stays outside: its dialog must
 * outlive the menu, which closes when the dialog takes the focus.
 */
export function HeaderTools({ display }: { display: DisplayPreferences }) {
  const { t } = useTranslation();
  const folded = useMediaQuery(FOLDED_QUERY);
  const choices = () => (
    <>
      <LanguageSwitcher />
      <DisplayControls
        theme={display.themeChoice}
        pattern={display.pattern}
        onTheme={display.chooseTheme}
        onPattern={display.choosePattern}
      />
    </>
  );
  return (
    <div className="app-header__tools">
      {folded ? (
        <Popover
          className="display-menu"
          placement="bottom-end"
          panelLabel={t("display.menu")}
          trigger={
            <>
              <span className="display-menu__icon" aria-hidden="true">
                ⚙
              </span>
              <span className="display-menu__label">{t("display.menu")}</span>
            </>
          }
        >
          {choices}
        </Popover>
      ) : (
        choices()
      )}
      <LoadDataButton />
    </div>
  );
}

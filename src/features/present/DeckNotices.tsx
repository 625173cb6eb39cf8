import { UrlIssueText } from "../../components/UrlIssueText";
import { useTranslation } from "../../i18n/use-translation";
import { capNotices } from "../../url-state/cap-notices";
import type { UrlIssue } from "../../url-state/url-issue";

/** What was left out of the deck (from its link or from this browser), a few one by one and a count of the rest. */
export function DeckNotices({ notices }: { notices: readonly UrlIssue[] }) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  const { shown, more } = capNotices(notices);
  return (
    <div className="notice notice--warning" role="status">
      <p>{t("present.leftOut")}</p>
      <ul>
        {shown.map((notice, index) => (
          <li key={index}>
            <UrlIssueText issue={notice} />
          </li>
        ))}
        {more > 0 ? <li>{t("deckNotice.more", { count: more })}</li> : null}
      </ul>
    </div>
  );
}

import { useState } from "react";
import { UrlIssueText } from "../../components/UrlIssueText";
import { useTranslation } from "../../i18n/use-translation";
import { capNotices } from "../../url-state/cap-notices";
import type { UrlIssue } from "../../url-state/url-issue";

/** An embed has little room: a few values on one line or two, the rest counted. */
const LISTED = 3;

/**
 * What an embed's link asked for and did not get, compact: a small strip above the view that its reader
 * can hide (the embed posts its new height when it does).
 */
export function EmbedNotice({ issues }: { issues: readonly UrlIssue[] }) {
  const { t } = useTranslation();
  const [hidden, setHidden] = useState(false);
  if (hidden) return null;
  const { shown, more } = capNotices(issues, LISTED);
  return (
    <aside className="embed-notice" aria-label={t("filters.ignoredLabel")}>
      <p className="embed-notice__text">
        <strong>{t("embed.ignored")}</strong>{" "}
        {shown.map((issue, index) => (
          <span key={index} className="embed-notice__item">
            <UrlIssueText issue={issue} />
          </span>
        ))}
        {more > 0 ? (
          <span className="embed-notice__item">{t("filters.moreIgnored", { count: more })}</span>
        ) : null}
      </p>
      <button
        type="button"
        className="embed-notice__hide"
        aria-label={t("embed.hideNotice")}
        title={t("embed.hideNotice")}
        onClick={() => setHidden(true)}
      >
        ×
      </button>
    </aside>
  );
}

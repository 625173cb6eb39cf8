import { useTranslation } from "../i18n/use-translation";
import type { UrlIssue } from "../url-state/url-issue";
import { quotedPart, urlIssueReason } from "./url-notice-text";

/**
 * One dropped value of a link, in the reader's language: the slide it was on, the value as written
 * (isolated left to right, so that an Arabic sentence cannot reorder it), and why.
 */
export function UrlIssueText({ issue }: { issue: UrlIssue }) {
  const { t } = useTranslation();
  const reason = urlIssueReason(issue, t);
  const quoted = quotedPart(issue);
  return (
    <>
      {issue.slide === undefined ? null : `${t("deckNotice.slide", { number: issue.slide })} `}
      {quoted === "" ? (
        reason
      ) : (
        <>
          <code dir="ltr" className="url-notice__value">
            {quoted}
          </code>{" "}
          ({reason})
        </>
      )}
    </>
  );
}

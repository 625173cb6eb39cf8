import { parseLanguage } from "../i18n/languages";
import { parsePattern, parseTheme } from "./display-params";
import { urlIssue, type UrlIssue } from "./url-issue";

/**
 * What a link asked of the parameters every route reads (theme, pattern, lang) and did not get: they
 * fall back to the saved choice or the browser's, and the page says so.
 */
export function sharedParamIssues(params: URLSearchParams): UrlIssue[] {
  const dropped: UrlIssue[] = [];
  const check = (param: string, code: UrlIssue["code"], understood: (raw: string) => boolean) => {
    const raw = params.get(param)?.trim() ?? "";
    if (raw !== "" && !understood(raw)) dropped.push(urlIssue(code, param, raw));
  };
  check("theme", "theme", (raw) => parseTheme(raw) !== undefined);
  check("pattern", "flag", (raw) => parsePattern(raw) !== undefined);
  check("lang", "language", (raw) => parseLanguage(raw) !== null);
  return dropped;
}

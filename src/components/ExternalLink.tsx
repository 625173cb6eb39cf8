import type { ReactNode } from "react";
import { useTranslation } from "../i18n/use-translation";
import { isHttpUrl } from "../schema/http-url";

/** Data links open in a new tab without handing it our window; anything but http(s) stays plain text. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useTranslation();
  if (!isHttpUrl(href)) return <span dir="auto">{children}</span>;
  return (
    // A link's text is a URL or a host: isolated, it keeps its order inside a right-to-left sentence.
    <a href={href} target="_blank" rel="noopener noreferrer" dir="auto">
      {children}
      <span className="visually-hidden"> {t("externalLink.newTab")}</span>
    </a>
  );
}

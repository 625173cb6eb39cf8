import type { ReactNode } from "react";

/**
 * An in-app link whose text comes from a translation (react-i18next's <Trans> fills `children`), so
 * that a sentence can keep its link wherever the language puts it.
 */
export function HashLink({ href, children }: { href: `#/${string}`; children?: ReactNode }) {
  return <a href={href}>{children}</a>;
}

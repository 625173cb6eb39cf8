import type { ReactNode } from "react";

/**
 * An in-app link whose text comes from a translation (our <Trans>, src/i18n/Trans.tsx, fills `children`), so
 * that a sentence can keep its link wherever the language puts it.
 */
export function HashLink({ href, children }: { href: `#/${string}`; children?: ReactNode }) {
  return <a href={href}>{children}</a>;
}

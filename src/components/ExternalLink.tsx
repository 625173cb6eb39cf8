import type { ReactNode } from "react";

const SAFE_URL = /^https?:\/\//i;

/** Data links open in a new tab without handing it our window; anything but http(s) stays plain text. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (!SAFE_URL.test(href)) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

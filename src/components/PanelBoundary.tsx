import { QueryErrorResetBoundary } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { PanelErrorBoundary } from "./PanelErrorBoundary";

interface PanelBoundaryProps {
  /** What the panel is, in plain words, e.g. "The chart by SDG": the fallback says it could not be shown. */
  what: string;
  /** When this changes (e.g. the route), a failed panel tries again by itself. */
  resetKey?: unknown;
  children: ReactNode;
}

/**
 * Keeps a failure inside one panel: the panel becomes an error card with Retry, the rest of the page
 * keeps working. Retry also resets failed queries inside it, so that they fetch again.
 */
export function PanelBoundary({ what, resetKey, children }: PanelBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <PanelErrorBoundary what={what} resetKey={resetKey} onReset={reset}>
          {children}
        </PanelErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

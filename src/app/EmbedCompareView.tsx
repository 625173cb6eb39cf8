import { QueryClientProvider } from "@tanstack/react-query";
import type { ComponentProps } from "react";
import { CompareView } from "../features/compare/CompareView";
import { appQueryClient } from "./query-client";

/** #/embed/compare: the comparison loads its indicators through the app's queries, which it brings. */
export function EmbedCompareView(props: ComponentProps<typeof CompareView>) {
  return (
    <QueryClientProvider client={appQueryClient()}>
      <CompareView {...props} />
    </QueryClientProvider>
  );
}

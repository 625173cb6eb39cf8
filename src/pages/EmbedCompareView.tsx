import { QueryClientProvider } from "@tanstack/react-query";
import { useState, type ComponentProps } from "react";
import { createQueryClient } from "../data/query-client";
import { CompareView } from "../features/compare/CompareView";

/**
 * #/embed/compare: the comparison loads its indicators through the app's queries, so this embed, and
 * no other, brings a query client of its own.
 */
export function EmbedCompareView(props: ComponentProps<typeof CompareView>) {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <CompareView {...props} />
    </QueryClientProvider>
  );
}

import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { AppShell } from "./AppShell";
import { DisplayRoot } from "./DisplayRoot";
import { LanguageGate } from "./LanguageGate";
import { createQueryClient } from "./query-client";

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <DisplayRoot>
        <LanguageGate>
          <AppShell />
        </LanguageGate>
      </DisplayRoot>
    </QueryClientProvider>
  );
}

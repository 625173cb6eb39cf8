import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { AppShell } from "./AppShell";
import { LanguageGate } from "./LanguageGate";
import { createQueryClient } from "./query-client";

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <LanguageGate>
        <AppShell />
      </LanguageGate>
    </QueryClientProvider>
  );
}

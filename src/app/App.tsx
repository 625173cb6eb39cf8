import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { useContext, useState } from "react";
import { ChartPrerenderContext, type ChartPrerender } from "../components/chart/chart-prerender";
import { UserDatasetStoreContext } from "../data/user-datasets/store-context";
import type { UserDatasetStore } from "../data/user-datasets/user-dataset-store";
import { AppShell } from "./AppShell";
import { LanguageGate } from "./LanguageGate";
import { createQueryClient } from "./query-client";

interface AppProps {
  queryClient?: QueryClient;
  /** The browser's (IndexedDB) unless given, here or by a provider around the app. */
  userDatasetStore?: UserDatasetStore;
  /** The landing view's prerendered charts (its server render, or the hydration of that render). */
  chartPrerender?: ChartPrerender;
}

// The providers are always there, so that the server's render and the client's have the same tree.
export function App({ queryClient, userDatasetStore, chartPrerender }: AppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const givenStore = useContext(UserDatasetStoreContext);
  return (
    <QueryClientProvider client={client}>
      <UserDatasetStoreContext.Provider value={userDatasetStore ?? givenStore}>
        <ChartPrerenderContext.Provider value={chartPrerender ?? null}>
          <LanguageGate>
            <AppShell />
          </LanguageGate>
        </ChartPrerenderContext.Provider>
      </UserDatasetStoreContext.Provider>
    </QueryClientProvider>
  );
}

import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ChartHostContext, type ChartHostProps } from "../components/chart/chart-host";
import { EChartsReactHost } from "../components/chart/EChartsReactHost";
import { AppShell } from "./AppShell";
import { LanguageGate } from "./LanguageGate";
import { createQueryClient } from "../data/query-client";

// The app draws its charts with echarts-for-react, part of its fixed stack; an embed with the plain host.
const renderEChartsReactHost = (props: ChartHostProps) => <EChartsReactHost {...props} />;

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <ChartHostContext value={renderEChartsReactHost}>
        <LanguageGate>
          <AppShell />
        </LanguageGate>
      </ChartHostContext>
    </QueryClientProvider>
  );
}

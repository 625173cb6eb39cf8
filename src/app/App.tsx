import type { QueryClient } from "@tanstack/react-query";
import { AppShell } from "./AppShell";
import { LanguageGate } from "./LanguageGate";

/**
 * The whole page. The query cache and echarts-for-react come with the app's frame (AppFrame), so that an
 * embedded chart, which loads neither, starts from the same entry (docs/decisions/016).
 */
export function App({ queryClient }: { queryClient?: QueryClient }) {
  return (
    <LanguageGate>
      <AppShell queryClient={queryClient} />
    </LanguageGate>
  );
}

import { QueryClient } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { App } from "../../src/app/App";

/** A fresh client per test, without retries, so that failures show at once (TanStack's advice). */
export function renderApp(hash = "#/") {
  window.location.hash = hash;
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<App queryClient={queryClient} />);
}

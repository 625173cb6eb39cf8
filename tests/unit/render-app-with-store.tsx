import { QueryClient } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { App } from "../../src/app/App";
import { UserDatasetStoreContext } from "../../src/data/user-datasets/store-context";
import { createMemoryStore, type UserDatasetStore } from "../../src/data/user-datasets/user-dataset-store";

/** renderApp with a store of user datasets of the test's own (jsdom has no IndexedDB). */
export function renderAppWithStore(hash = "#/", store: UserDatasetStore = createMemoryStore()) {
  window.location.hash = hash;
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    <UserDatasetStoreContext value={store}>
      <App queryClient={queryClient} />
    </UserDatasetStoreContext>,
  );
  return { ...view, store };
}

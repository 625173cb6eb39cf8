import { createContext, useContext } from "react";
import { getBrowserUserDatasetStore, type UserDatasetStore } from "./user-dataset-store";

/** Lets tests hand in their own store; the app uses the browser's (IndexedDB). */
export const UserDatasetStoreContext = createContext<UserDatasetStore | undefined>(undefined);

export function useUserDatasetStore(): UserDatasetStore {
  return useContext(UserDatasetStoreContext) ?? getBrowserUserDatasetStore();
}

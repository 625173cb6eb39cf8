import { QueryClient } from "@tanstack/react-query";
import { dataRetryDelay, shouldRetryDataRequest } from "../data/retry-policy";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetryDataRequest, retryDelay: dataRetryDelay, refetchOnWindowFocus: false },
    },
  });
}

let shared: QueryClient | undefined;

/** The page's one client: the app's frame and the comparison's embed share its cache. */
export function appQueryClient(): QueryClient {
  shared ??= createQueryClient();
  return shared;
}

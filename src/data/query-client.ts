import { QueryClient } from "@tanstack/react-query";
import { dataRetryDelay, shouldRetryDataRequest } from "./retry-policy";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetryDataRequest, retryDelay: dataRetryDelay, refetchOnWindowFocus: false },
    },
  });
}

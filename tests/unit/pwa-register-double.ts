import type { RegisterSWOptions } from "vite-plugin-pwa/types";

/** Stands in for vite-plugin-pwa's virtual module in tests: records how the app registered. */
export const registrations: RegisterSWOptions[] = [];
export const updateCalls: number[] = [];

export function registerSW(options: RegisterSWOptions = {}) {
  registrations.push(options);
  return async () => {
    updateCalls.push(Date.now());
  };
}

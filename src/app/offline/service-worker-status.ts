/**
 * What the service worker has done for this page: the app and the shipped data are cached for offline use,
 * or a newer build is waiting. The shell shows it; nothing else depends on it.
 */
export interface ServiceWorkerStatus {
  offlineReady: boolean;
  updateWaiting: boolean;
}

type Listener = () => void;

let status: ServiceWorkerStatus = { offlineReady: false, updateWaiting: false };
let applyUpdate: (() => Promise<void>) | undefined;
const listeners = new Set<Listener>();

function setStatus(change: Partial<ServiceWorkerStatus>) {
  status = { ...status, ...change };
  for (const listener of listeners) listener();
}

export function subscribeServiceWorkerStatus(listener: Listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const readServiceWorkerStatus = () => status;

export function dismissServiceWorkerStatus() {
  setStatus({ offlineReady: false, updateWaiting: false });
}

/** Activates the waiting build and reloads; a presenter chooses when, so this never happens by itself. */
export async function reloadWithUpdate() {
  await applyUpdate?.();
}

/**
 * Registers the service worker of the production build (vite-plugin-pwa). Loaded after the first render so
 * that it costs the first screen nothing; in dev and tests there is no worker.
 */
export async function startServiceWorker() {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const { registerSW } = await import("virtual:pwa-register");
  applyUpdate = registerSW({
    immediate: true,
    onOfflineReady: () => setStatus({ offlineReady: true }),
    onNeedRefresh: () => setStatus({ updateWaiting: true }),
  });
}

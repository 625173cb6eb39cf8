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

// The worker vite-plugin-pwa writes next to index.html (its default name), over the app's scope.
const WORKER_URL = "./sw.js";

/**
 * Follows one worker of the registration: once installed (everything precached) it either made this
 * page work offline (no worker controlled the page yet) or it is a newer build waiting for the user.
 */
function follow(registration: ServiceWorkerRegistration, worker: ServiceWorker | null) {
  if (!worker) return;
  const settle = () => {
    if (worker.state !== "installed" && worker.state !== "activated") return;
    worker.removeEventListener("statechange", settle);
    if (!navigator.serviceWorker.controller) setStatus({ offlineReady: true });
    else if (registration.waiting === worker) {
      applyUpdate = async () => {
        // The generated worker skips waiting when asked (registerType "prompt"); the page reloads once it
        // controls it, so that code and data come from the same build.
        navigator.serviceWorker.addEventListener("controllerchange", () => window.location.reload(), {
          once: true,
        });
        worker.postMessage({ type: "SKIP_WAITING" });
      };
      setStatus({ updateWaiting: true });
    }
  };
  worker.addEventListener("statechange", settle);
  settle();
}

/**
 * Registers the service worker of the production build (vite-plugin-pwa, generated with
 * registerType "prompt"). Loaded after the first render so that it costs the first screen nothing; in dev
 * and tests there is no worker. Plain navigator.serviceWorker rather than workbox-window: this is all of
 * the prompt logic we use, and it keeps a library off every page (docs/decisions/009).
 */
export async function startServiceWorker() {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  // No worker is no offline copy, never an error: registration can fail (private modes, blocked
  // workers) and a blocked register() may even resolve to nothing (Playwright's serviceWorkers: "block").
  const registration = await navigator.serviceWorker
    .register(WORKER_URL, { scope: "./" })
    .catch(() => undefined);
  if (!registration) return;
  // A newer build may already be waiting from an earlier visit.
  follow(registration, registration.waiting ?? registration.installing);
  registration.addEventListener("updatefound", () => follow(registration, registration.installing));
}

import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  FakeRegistration,
  FakeServiceWorkerContainer,
  FakeWorker,
} from "../../../tests/unit/service-worker-double";
// The app's translations (English), as main.tsx has them.
import "../../i18n/i18n";
import { OFFLINE_READY_MS, OfflineStatus } from "./OfflineStatus";
import { dismissServiceWorkerStatus, startServiceWorker } from "./service-worker-status";

let registration: FakeRegistration;

/** A page with navigator.serviceWorker; `controlled` when an earlier visit's worker serves it. */
function withServiceWorker(controlled: boolean) {
  const container = new FakeServiceWorkerContainer(registration, controlled);
  Object.defineProperty(navigator, "serviceWorker", { value: container, configurable: true });
  return container;
}

describe("OfflineStatus", () => {
  beforeEach(() => {
    registration = new FakeRegistration();
    vi.stubEnv("PROD", true);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    Reflect.deleteProperty(navigator, "serviceWorker");
    act(() => dismissServiceWorkerStatus());
  });

  it("registers nothing outside the production build", async () => {
    vi.stubEnv("PROD", false);
    const container = withServiceWorker(false);
    await startServiceWorker();
    expect(container.registrations).toHaveLength(0);
  });

  it("says when the dashboard has been saved for offline use", async () => {
    const container = withServiceWorker(false);
    const worker = new FakeWorker();
    registration.installing = worker;
    render(<OfflineStatus />);
    await startServiceWorker();
    expect(container.registrations).toEqual([{ url: "./sw.js", scope: "./" }]);
    // Precaching takes a while: nothing is said until the worker is installed.
    expect(screen.getByTestId("sw-status")).toBeEmptyDOMElement();
    act(() => registration.install(worker, false));
    expect(screen.getByTestId("sw-status")).toHaveTextContent(/ready to work offline/i);
    await userEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.getByTestId("sw-status")).toBeEmptyDOMElement();
  });

  it("lets 'ready to work offline' go by itself, but not while it is pointed at", async () => {
    withServiceWorker(false);
    const worker = new FakeWorker();
    registration.installing = worker;
    render(<OfflineStatus />);
    await startServiceWorker();
    vi.useFakeTimers();
    try {
      act(() => registration.install(worker, false));
      const status = screen.getByTestId("sw-status");
      expect(status).toHaveTextContent(/ready to work offline/i);
      expect(status).toHaveAttribute("aria-live", "polite");
      act(() => status.dispatchEvent(new PointerEvent("pointerover", { bubbles: true })));
      act(() => vi.advanceTimersByTime(OFFLINE_READY_MS * 2));
      expect(status).toHaveTextContent(/ready to work offline/i);
      act(() => status.dispatchEvent(new PointerEvent("pointerout", { bubbles: true })));
      act(() => vi.advanceTimersByTime(OFFLINE_READY_MS - 1));
      expect(status).toHaveTextContent(/ready to work offline/i);
      act(() => vi.advanceTimersByTime(1));
      expect(status).toBeEmptyDOMElement();
    } finally {
      vi.useRealTimers();
    }
  });

  it("offers a newer build and activates it only when asked", async () => {
    const container = withServiceWorker(true);
    render(<OfflineStatus />);
    await startServiceWorker();
    const newer = new FakeWorker();
    act(() => registration.find(newer));
    act(() => registration.install(newer, true));
    expect(screen.getByTestId("sw-status")).toHaveTextContent(/newer version/i);
    expect(newer.messages).toEqual([]);
    const reload = vi.fn();
    vi.stubGlobal("location", { ...window.location, reload });
    await userEvent.click(screen.getByRole("button", { name: "Reload now" }));
    expect(newer.messages).toEqual([{ type: "SKIP_WAITING" }]);
    // The page reloads once the newer worker has taken over, not before.
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event("controllerchange"));
    expect(reload).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });

  it("says nothing, and throws nothing, when the browser blocks or refuses the worker", async () => {
    const container = withServiceWorker(false);
    render(<OfflineStatus />);
    container.register = () => Promise.resolve(undefined as unknown as FakeRegistration);
    await expect(startServiceWorker()).resolves.toBeUndefined();
    container.register = () => Promise.reject(new DOMException("refused", "SecurityError"));
    await expect(startServiceWorker()).resolves.toBeUndefined();
    expect(screen.getByTestId("sw-status")).toBeEmptyDOMElement();
  });

  it("offers a build that was already waiting from an earlier visit", async () => {
    withServiceWorker(true);
    const waiting = new FakeWorker();
    waiting.state = "installed";
    registration.waiting = waiting;
    render(<OfflineStatus />);
    await act(() => startServiceWorker());
    expect(screen.getByTestId("sw-status")).toHaveTextContent(/newer version/i);
  });
});

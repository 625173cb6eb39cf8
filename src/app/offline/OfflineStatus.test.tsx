import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { registrations, updateCalls } from "../../../tests/unit/pwa-register-double";
// The app's i18next instance (English), as main.tsx has it.
import "../../i18n/i18n";
import { OfflineStatus } from "./OfflineStatus";
import { dismissServiceWorkerStatus, startServiceWorker } from "./service-worker-status";

function lastRegistration() {
  const options = registrations.at(-1);
  if (!options) throw new Error("the service worker was not registered");
  return options;
}

describe("OfflineStatus", () => {
  beforeEach(() => {
    registrations.length = 0;
    updateCalls.length = 0;
    vi.stubEnv("PROD", true);
    Object.defineProperty(navigator, "serviceWorker", { value: {}, configurable: true });
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    Reflect.deleteProperty(navigator, "serviceWorker");
    act(() => dismissServiceWorkerStatus());
  });

  it("registers nothing outside the production build", async () => {
    vi.stubEnv("PROD", false);
    await startServiceWorker();
    expect(registrations).toHaveLength(0);
  });

  it("says when the dashboard has been saved for offline use", async () => {
    render(<OfflineStatus />);
    expect(screen.getByTestId("sw-status")).toBeEmptyDOMElement();
    await startServiceWorker();
    act(() => lastRegistration().onOfflineReady?.());
    expect(screen.getByTestId("sw-status")).toHaveTextContent(/ready to work offline/i);
    await userEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.getByTestId("sw-status")).toBeEmptyDOMElement();
  });

  it("offers a newer build and activates it only when asked", async () => {
    render(<OfflineStatus />);
    await startServiceWorker();
    act(() => lastRegistration().onNeedRefresh?.());
    expect(screen.getByTestId("sw-status")).toHaveTextContent(/newer version/i);
    expect(updateCalls).toHaveLength(0);
    await userEvent.click(screen.getByRole("button", { name: "Reload now" }));
    expect(updateCalls).toHaveLength(1);
  });
});

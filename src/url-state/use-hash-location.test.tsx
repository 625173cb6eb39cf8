import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { navigate, useHashLocation } from "./use-hash-location";

function Route() {
  const { path, params } = useHashLocation();
  return (
    <>
      <p data-testid="shown">{`${path} ${params.toString()}`}</p>
      <button type="button" onClick={() => navigate("/", [["sdg", "5"]])}>
        push
      </button>
      <button type="button" onClick={() => navigate("/", [["sdg", "9"]], { replace: true })}>
        replace
      </button>
    </>
  );
}

describe("navigate", () => {
  afterEach(() => {
    window.history.replaceState(null, "", "#/");
  });

  it("renders the new URL within the click, before the browser's hashchange", () => {
    render(<Route />);
    fireEvent.click(screen.getByRole("button", { name: "push" }));
    expect(screen.getByTestId("shown")).toHaveTextContent("/ sdg=5");
    expect(window.location.hash).toBe("#/?sdg=5");
  });

  it("renders a replaced URL within the click too", () => {
    render(<Route />);
    fireEvent.click(screen.getByRole("button", { name: "replace" }));
    expect(screen.getByTestId("shown")).toHaveTextContent("/ sdg=9");
  });

  it("still follows URLs changed outside the app (Back, a typed link)", async () => {
    render(<Route />);
    act(() => {
      window.location.hash = "#/activities?q=health";
    });
    expect(await screen.findByText("/activities q=health")).toBeInTheDocument();
  });
});

import { act, render, screen } from "@testing-library/react";
import { Component, Suspense, type ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { lazyComponent, retryFailedChunks } from "./lazy-component";

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
  state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  retry = () => {
    retryFailedChunks();
    this.setState({ error: undefined });
  };
  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert">
        {this.state.error.message}
        <button type="button" onClick={this.retry}>
          Retry
        </button>
      </div>
    );
  }
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((yes) => {
    resolve = yes;
  });
  return { promise, resolve };
}

const inSuspense = (node: ReactNode) => <Suspense fallback={<p>Loading</p>}>{node}</Suspense>;

describe("lazyComponent", () => {
  it("shows the Suspense fallback until the chunk is in, then the component with its props", async () => {
    const chunk = deferred<typeof Greeting>();
    const Lazy = lazyComponent(() => chunk.promise);
    render(inSuspense(<Lazy name="Geneva" />));
    expect(screen.getByText("Loading")).toBeInTheDocument();
    await act(async () => chunk.resolve(Greeting));
    expect(await screen.findByText("Hello Geneva")).toBeInTheDocument();
    expect(screen.queryByText("Loading")).not.toBeInTheDocument();
  });

  it("loads once for every mount", async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const Lazy = lazyComponent(load);
    const first = render(inSuspense(<Lazy name="one" />));
    expect(await screen.findByText("Hello one")).toBeInTheDocument();
    first.unmount();
    render(inSuspense(<Lazy name="two" />));
    expect(screen.getByText("Hello two")).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("hands a failed download to the error boundary, whose Retry downloads it again", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error("chunk failed"))
      .mockResolvedValue(Greeting);
    const Lazy = lazyComponent(load);
    render(<Boundary>{inSuspense(<Lazy name="again" />)}</Boundary>);
    expect(await screen.findByRole("alert")).toHaveTextContent("chunk failed");
    expect(load).toHaveBeenCalledTimes(1);
    act(() => screen.getByRole("button", { name: "Retry" }).click());
    expect(await screen.findByText("Hello again")).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

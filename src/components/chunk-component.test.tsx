import { act, render, screen } from "@testing-library/react";
import { Component, type ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { chunkComponent } from "./chunk-component";

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

const Loading = () => <p>Loading</p>;

class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
  state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    return this.state.error ? <p role="alert">{this.state.error.message}</p> : this.props.children;
  }
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe("chunkComponent", () => {
  it("shows the fallback until the chunk is in, then the component with its props", async () => {
    const chunk = deferred<typeof Greeting>();
    const Lazy = chunkComponent(() => chunk.promise, Loading);
    render(<Lazy name="Geneva" />);
    expect(screen.getByText("Loading")).toBeInTheDocument();
    await act(async () => chunk.resolve(Greeting));
    expect(screen.getByText("Hello Geneva")).toBeInTheDocument();
    expect(screen.queryByText("Loading")).not.toBeInTheDocument();
  });

  it("loads once, and renders at once where the chunk is already in", async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const Lazy = chunkComponent(load);
    const first = render(<Lazy name="one" />);
    expect(await screen.findByText("Hello one")).toBeInTheDocument();
    first.unmount();
    render(<Lazy name="two" />);
    // No fallback render, no waiting: the second mount draws the component in its first render.
    expect(screen.getByText("Hello two")).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("hands a failed download to the error boundary, and tries again on the next mount", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error("chunk failed"))
      .mockResolvedValue(Greeting);
    const Lazy = chunkComponent(load);
    const first = render(
      <Boundary>
        <Lazy name="again" />
      </Boundary>,
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("chunk failed");
    first.unmount();
    render(<Lazy name="again" />);
    expect(await screen.findByText("Hello again")).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

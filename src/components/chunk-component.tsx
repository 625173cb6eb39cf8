import { createElement, useEffect, useState, type ComponentType, type ReactNode } from "react";

/**
 * A component whose code is a chunk of its own, like React.lazy, but brought in through state rather than
 * Suspense, whose reveal throttle holds back each nested boundary's content after its fallback appeared
 * (docs/decisions/005). Until the chunk is in, `Fallback` shows, given the same props; a failed download goes to the nearest
 * error boundary, and the next mount tries again.
 */
export type ChunkComponent<P extends object> = ComponentType<P> & {
  /** Brings the chunk in ahead of the first render, so that it renders at once (a prerender, its hydration). */
  preload: () => Promise<unknown>;
};

export function chunkComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  Fallback: ComponentType<P> | null = null,
): ChunkComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const start = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));

  function ChunkComponent(props: P): ReactNode {
    const [failure, setFailure] = useState<{ error: unknown }>();
    const [, setArrived] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      start().then(
        () => live && setArrived(true),
        (error: unknown) => live && setFailure({ error }),
      );
      return () => {
        live = false;
      };
    }, []);
    if (failure) throw failure.error;
    if (loaded) return createElement(loaded, props);
    return Fallback ? createElement(Fallback, props) : null;
  }
  return Object.assign(ChunkComponent, { preload: start });
}

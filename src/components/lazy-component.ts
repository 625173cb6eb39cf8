import { createElement, lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from "react";

// React.lazy keeps a failed download for good: these are the lazy components to make anew on a retry.
const failed = new Set<() => void>();

/** React.lazy for a component that is a named export, shown under the nearest Suspense boundary. */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const fresh = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          failed.add(renew);
          throw error;
        },
      ),
    );
  const renew = () => {
    current = fresh();
  };
  let current = fresh();
  function LazyComponent(props: P): ReactNode {
    return createElement(current, props);
  }
  return LazyComponent;
}

/** Every chunk whose download failed downloads again the next time it renders (an error boundary's Retry). */
export function retryFailedChunks(): void {
  for (const renew of failed) renew();
  failed.clear();
}

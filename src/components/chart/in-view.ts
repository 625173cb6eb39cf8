/** Tells a chart whether it is near the viewport: within about one viewport's height of it. */
export interface NearWatcher {
  /** Calls `onChange` with the element's nearness now and whenever it changes; returns the way to stop. */
  watch(element: Element, onChange: (near: boolean) => void): () => void;
}

// One viewport above and below: a chart scrolled towards at reading speed has drawn before it shows.
const MARGIN = "100% 0px 100% 0px";

function isNearNow(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  const height = window.innerHeight;
  return bottom >= -height && top <= 2 * height;
}

/** One IntersectionObserver for every chart of the page. */
export function createNearWatcher(): NearWatcher {
  const listeners = new Map<Element, (near: boolean) => void>();
  let observer: IntersectionObserver | undefined;
  const observe = () => {
    observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
      },
      { rootMargin: MARGIN },
    );
    return observer;
  };
  return {
    watch(element, onChange) {
      listeners.set(element, onChange);
      // The observer's first report comes a frame later: the first draw should not wait for it.
      onChange(isNearNow(element));
      observe().observe(element);
      return () => {
        listeners.delete(element);
        observer?.unobserve(element);
      };
    },
  };
}

/** Where the browser has no IntersectionObserver, every chart counts as near (and draws in turn). */
const EVERYTHING_NEAR: NearWatcher = {
  watch(_element, onChange) {
    onChange(true);
    return () => {};
  },
};

let current: NearWatcher | undefined;

export function nearWatcher(): NearWatcher {
  current ??= typeof IntersectionObserver === "undefined" ? EVERYTHING_NEAR : createNearWatcher();
  return current;
}

/** For tests: the watcher charts use from now on (undefined: the browser's again). */
export function setNearWatcher(watcher: NearWatcher | undefined): void {
  current = watcher;
}

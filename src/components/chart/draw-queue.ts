/**
 * Charts draw (or redraw after a filter change) one at a time, each in a task of its own, those near the
 * viewport first: drawn together they make one long task, and a click or key press in that time waits for
 * all of them (docs/decisions/008, 015). Charts far from the viewport wait until they come near or until
 * the browser is idle.
 */
export interface DrawTicket {
  /** The chart came near the viewport, or left it: a near chart goes before every far one. */
  setNear(near: boolean): void;
  /** The chart has drawn (its turn ends), or no longer needs to (it leaves the queue). */
  end(): void;
}

export interface DrawQueue {
  /** Asks for a turn; `run` is called once, in the turn, with `now` true when it must draw synchronously. */
  request(near: boolean, run: (now: boolean) => void): DrawTicket;
  /** Runs every waiting chart at once (before printing: the print shows every chart). */
  drainNow(): void;
}

interface Job {
  near: boolean;
  run: (now: boolean) => void;
}

export interface DrawQueueTiming {
  /** Calls `task` in a task of its own, soon. */
  nextTask(task: () => void): void;
  /** Calls `task` when the browser is idle, or after a while at the latest. */
  whenIdle(task: () => void): void;
  /** A turn that never ends (a chart whose drawing failed) holds the others back this long at most. */
  longestTurnMs: number;
}

const IDLE_TIMEOUT_MS = 1000;

function browserIdle(task: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(task, IDLE_TIMEOUT_MS / 5);
}

const BROWSER_TIMING: DrawQueueTiming = {
  nextTask: (task) => setTimeout(task, 0),
  whenIdle: browserIdle,
  longestTurnMs: 1000,
};

export function createDrawQueue(timing: DrawQueueTiming = BROWSER_TIMING): DrawQueue {
  const waiting: Job[] = [];
  let running: Job | null = null;
  let endTimer: ReturnType<typeof setTimeout> | undefined;
  let taskAsked = false;
  let idleAsked = false;

  const finish = (job: Job) => {
    if (running !== job) return;
    running = null;
    clearTimeout(endTimer);
    pump();
  };

  const start = (job: Job) => {
    waiting.splice(waiting.indexOf(job), 1);
    running = job;
    endTimer = setTimeout(() => finish(job), timing.longestTurnMs);
    job.run(false);
  };

  const serve = (fromIdle: boolean) => {
    if (running) return;
    const job = waiting.find((candidate) => candidate.near) ?? (fromIdle ? waiting[0] : undefined);
    if (job) start(job);
    else pump();
  };

  function pump() {
    if (running || waiting.length === 0) return;
    if (waiting.some((job) => job.near)) {
      if (taskAsked) return;
      taskAsked = true;
      timing.nextTask(() => {
        taskAsked = false;
        serve(false);
      });
    } else if (!idleAsked) {
      idleAsked = true;
      timing.whenIdle(() => {
        idleAsked = false;
        serve(true);
      });
    }
  }

  return {
    request(near, run) {
      const job: Job = { near, run };
      waiting.push(job);
      pump();
      return {
        setNear(next) {
          if (job.near === next) return;
          job.near = next;
          pump();
        },
        end() {
          const place = waiting.indexOf(job);
          if (place >= 0) waiting.splice(place, 1);
          finish(job);
        },
      };
    },
    drainNow() {
      for (const job of waiting.splice(0)) job.run(true);
    },
  };
}

let shared: DrawQueue | undefined;

/** The page's one queue; before printing, every chart still waiting draws. */
export function drawQueue(): DrawQueue {
  if (!shared) {
    const queue = createDrawQueue();
    shared = queue;
    if (typeof window !== "undefined") window.addEventListener("beforeprint", () => queue.drainNow());
  }
  return shared;
}

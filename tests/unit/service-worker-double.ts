/**
 * Stands in for navigator.serviceWorker in tests (jsdom has none): a registration whose workers the test
 * moves through their states, and a record of the messages the app posts to them.
 */
export class FakeWorker extends EventTarget {
  state: ServiceWorkerState = "installing";
  readonly messages: unknown[] = [];

  postMessage(message: unknown) {
    this.messages.push(message);
  }

  moveTo(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event("statechange"));
  }
}

export class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;

  /** A newer build starts installing (the browser found a changed sw.js). */
  find(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event("updatefound"));
  }

  /** The installing worker finished precaching; with a controller in place it waits. */
  install(worker: FakeWorker, controlled: boolean) {
    this.installing = null;
    if (controlled) this.waiting = worker;
    worker.moveTo("installed");
  }
}

export class FakeServiceWorkerContainer extends EventTarget {
  controller: object | null;
  readonly registrations: Array<{ url: string; scope: string | undefined }> = [];

  constructor(
    readonly registration: FakeRegistration,
    controlled: boolean,
  ) {
    super();
    this.controller = controlled ? {} : null;
  }

  register(url: string, options?: RegistrationOptions) {
    this.registrations.push({ url, scope: options?.scope });
    return Promise.resolve(this.registration);
  }
}

// The start and stop of `npm run dev`'s parts (Postgres, the apps, email, the API). Kept apart
// from dev.ts so the order rules can be tested without starting anything.

/** Thrown into start-up once a stop has begun: nothing more is started. */
export class Interrupted extends Error {
  constructor() {
    super("stopped during start-up");
  }
}

/** Whatever `npm run dev` starts: each part knows how to stop itself. */
export interface Stoppable {
  stop(): Promise<void>;
}

interface Part extends Stoppable {
  name: string;
}

/** How long one part may take to stop before the others are stopped without it. */
const STOP_LIMIT_MS = 30_000;

export class Lifecycle {
  /** What has been started so far, stopped last-first. */
  private readonly running: Part[] = [];
  /** The part being started right now: a stop waits for it so that it is stopped too. */
  private starting: Promise<unknown> = Promise.resolve();
  private stopping: Promise<void> | undefined;

  constructor(
    private readonly log: (line: string) => void,
    private readonly stopLimitMs = STOP_LIMIT_MS,
  ) {}

  get isStopping(): boolean {
    return this.stopping !== undefined;
  }

  /** @throws Interrupted once a stop has begun. */
  stillStarting(): void {
    if (this.stopping) {
      throw new Interrupted();
    }
  }

  /**
   * Starts one part and records how to stop it. A stop that comes while it starts (a Ctrl-C
   * during start-up) waits for it and stops it, instead of leaving it half up.
   * @throws Interrupted when a stop began before or while it started.
   */
  async start<T extends Stoppable>(name: string, begin: () => Promise<T>): Promise<T> {
    this.stillStarting();
    const pending = begin();
    this.starting = pending.then(
      (part) => this.running.push({ name, stop: () => part.stop() }),
      () => undefined,
    );
    const part = await pending;
    await this.starting;
    this.stillStarting();
    return part;
  }

  /**
   * Stops everything once, last started first. A later call (a second Ctrl-C, or start-up
   * failing because the stop closed the database under it) gets the same stop to wait for, so
   * nobody exits in the middle of it and leaves Postgres behind.
   */
  stop(reason: string): Promise<void> {
    this.stopping ??= (async () => {
      this.log(`\n${reason}: stopping`);
      await this.starting;
      for (let part = this.running.pop(); part; part = this.running.pop()) {
        await this.stopOne(part);
      }
      this.log("stopped");
    })();
    return this.stopping;
  }

  /**
   * One part whose stop never settles (a close waiting on something that never ends) must not
   * keep the parts started before it, Postgres last of all, running and the process alive:
   * after the limit the others are stopped without it.
   */
  private async stopOne({ name, stop }: Part): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<"late">((resolve) => {
      timer = setTimeout(() => resolve("late"), this.stopLimitMs);
    });
    const outcome = await Promise.race([
      stop().catch((error: unknown) => this.log(`  ${name}: ${String(error)}`)),
      limit,
    ]);
    clearTimeout(timer);
    if (outcome === "late") {
      this.log(`  ${name}: still stopping after ${this.stopLimitMs / 1000} s, going on without it`);
    }
  }
}

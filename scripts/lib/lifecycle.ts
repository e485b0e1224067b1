// The start and stop of `npm run dev`'s parts (Postgres, the apps, email, the API). Kept apart
// from dev.ts so the order rules can be tested without starting anything.

/** Thrown into start-up once a stop has begun: nothing more is started. */
export class Interrupted extends Error {
  constructor() {
    super("stopped during start-up");
  }
}

interface Part {
  name: string;
  stop: () => Promise<void>;
}

export class Lifecycle {
  /** What has been started so far, stopped last-first. */
  private readonly running: Part[] = [];
  /** The part being started right now: a stop waits for it so that it is stopped too. */
  private starting: Promise<unknown> = Promise.resolve();
  private stopping: Promise<void> | undefined;

  constructor(private readonly log: (line: string) => void) {}

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
  async start<T>(name: string, begin: () => Promise<T>, stop: (part: T) => Promise<void>) {
    this.stillStarting();
    const pending = begin();
    this.starting = pending.then(
      (part) => this.running.push({ name, stop: () => stop(part) }),
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
        const { name } = part;
        await part.stop().catch((error: unknown) => this.log(`  ${name}: ${String(error)}`));
      }
      this.log("stopped");
    })();
    return this.stopping;
  }
}

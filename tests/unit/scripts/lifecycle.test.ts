// npm run dev's start/stop order: last started stops first, a stop waits for a part still
// starting and stops it too, nothing starts after a stop began, and a second stop is the same one.
import { describe, expect, it } from "vitest";
import { Interrupted, Lifecycle, type Stoppable } from "../../../scripts/lib/lifecycle";

interface Named extends Stoppable {
  name: string;
}

/** A start that finishes when the test says so. */
function gate() {
  let open: (part: Named) => void = () => {};
  const started = new Promise<Named>((resolve) => {
    open = resolve;
  });
  return { started, open };
}

function recorder(stopLimitMs?: number) {
  const lines: string[] = [];
  const stopped: string[] = [];
  const lifecycle = new Lifecycle((line) => lines.push(line.trim()), stopLimitMs);
  /** A part that records its stop. */
  const part = (name: string): Named => ({
    name,
    stop: async () => {
      stopped.push(name);
    },
  });
  return { lines, stopped, lifecycle, part };
}

describe("Lifecycle", () => {
  it("stops what started, last first", async () => {
    const { lines, stopped, lifecycle, part } = recorder();
    await lifecycle.start("database", async () => part("database"));
    await lifecycle.start("api", async () => part("api"));
    await lifecycle.stop("SIGINT");
    expect(stopped).toEqual(["api", "database"]);
    expect(lines).toEqual(["SIGINT: stopping", "stopped"]);
  });

  it("waits for a part still starting when the stop comes, stops it, and starts nothing more", async () => {
    const { stopped, lifecycle, part } = recorder();
    await lifecycle.start("database", async () => part("database"));
    const portal = gate();
    const portalStart = lifecycle.start("portal", () => portal.started);
    const stop = lifecycle.stop("SIGINT");
    expect(stopped).toEqual([]);
    portal.open(part("portal"));
    await expect(portalStart).rejects.toBeInstanceOf(Interrupted);
    await stop;
    expect(stopped).toEqual(["portal", "database"]);
    let begun = false;
    await expect(
      lifecycle.start("api", async () => {
        begun = true;
        return part("api");
      }),
    ).rejects.toBeInstanceOf(Interrupted);
    expect(begun).toBe(false);
  });

  it("gives a second stop the first one to wait for, and stops each part once", async () => {
    const { lines, stopped, lifecycle } = recorder();
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    await lifecycle.start("database", async () => ({
      stop: async () => {
        stopped.push("database");
        await slow;
      },
    }));
    const first = lifecycle.stop("SIGINT");
    const second = lifecycle.stop("start-up interrupted");
    expect(second).toBe(first);
    let secondDone = false;
    void second.then(() => {
      secondDone = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(secondDone).toBe(false);
    release();
    await second;
    expect(stopped).toEqual(["database"]);
    expect(lines).toEqual(["SIGINT: stopping", "stopped"]);
  });

  it("keeps stopping the rest when one part fails to stop, and says which", async () => {
    const { lines, stopped, lifecycle, part } = recorder();
    await lifecycle.start("database", async () => part("database"));
    await lifecycle.start("admin", async () => ({
      stop: async () => {
        throw new Error("port busy");
      },
    }));
    await lifecycle.stop("SIGTERM");
    expect(stopped).toEqual(["database"]);
    expect(lines).toEqual(["SIGTERM: stopping", "admin: Error: port busy", "stopped"]);
  });

  it("stops the rest without a part whose stop never ends, and says which", async () => {
    const { lines, stopped, lifecycle, part } = recorder(50);
    await lifecycle.start("database", async () => part("database"));
    await lifecycle.start("admin", async () => ({ stop: () => new Promise<void>(() => {}) }));
    await lifecycle.start("api", async () => part("api"));
    await lifecycle.stop("SIGINT");
    expect(stopped).toEqual(["api", "database"]);
    expect(lines).toEqual([
      "SIGINT: stopping",
      "admin: still stopping after 0.05 s, going on without it",
      "stopped",
    ]);
  });
});

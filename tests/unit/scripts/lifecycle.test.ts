// npm run dev's start/stop order: last started stops first, a stop waits for a part still
// starting and stops it too, nothing starts after a stop began, and a second stop is the same one.
import { describe, expect, it } from "vitest";
import { Interrupted, Lifecycle } from "../../../scripts/lib/lifecycle";

/** A start that finishes when the test says so. */
function gate() {
  let open: (name: string) => void = () => {};
  const started = new Promise<string>((resolve) => {
    open = resolve;
  });
  return { started, open };
}

function recorder() {
  const lines: string[] = [];
  const stopped: string[] = [];
  const lifecycle = new Lifecycle((line) => lines.push(line.trim()));
  const stopOf = async (name: string) => {
    stopped.push(name);
  };
  return { lines, stopped, lifecycle, stopOf };
}

describe("Lifecycle", () => {
  it("stops what started, last first", async () => {
    const { lines, stopped, lifecycle, stopOf } = recorder();
    await lifecycle.start("database", async () => "database", stopOf);
    await lifecycle.start("api", async () => "api", stopOf);
    await lifecycle.stop("SIGINT");
    expect(stopped).toEqual(["api", "database"]);
    expect(lines).toEqual(["SIGINT: stopping", "stopped"]);
  });

  it("waits for a part still starting when the stop comes, stops it, and starts nothing more", async () => {
    const { stopped, lifecycle, stopOf } = recorder();
    await lifecycle.start("database", async () => "database", stopOf);
    const portal = gate();
    const portalStart = lifecycle.start("portal", () => portal.started, stopOf);
    const stop = lifecycle.stop("SIGINT");
    expect(stopped).toEqual([]);
    portal.open("portal");
    await expect(portalStart).rejects.toBeInstanceOf(Interrupted);
    await stop;
    expect(stopped).toEqual(["portal", "database"]);
    let begun = false;
    await expect(
      lifecycle.start(
        "api",
        async () => {
          begun = true;
          return "api";
        },
        stopOf,
      ),
    ).rejects.toBeInstanceOf(Interrupted);
    expect(begun).toBe(false);
  });

  it("gives a second stop the first one to wait for, and stops each part once", async () => {
    const { lines, stopped, lifecycle } = recorder();
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    await lifecycle.start(
      "database",
      async () => "database",
      async (name) => {
        stopped.push(name);
        await slow;
      },
    );
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
    const { lines, stopped, lifecycle, stopOf } = recorder();
    await lifecycle.start("database", async () => "database", stopOf);
    await lifecycle.start(
      "admin",
      async () => "admin",
      async () => {
        throw new Error("port busy");
      },
    );
    await lifecycle.stop("SIGTERM");
    expect(stopped).toEqual(["database"]);
    expect(lines).toEqual(["SIGTERM: stopping", "admin: Error: port busy", "stopped"]);
  });
});

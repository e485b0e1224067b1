// What npm run dev names when something is still open after its stop: servers and file watchers
// only, never its own output pipes, timers or exited children.
import { describe, expect, it } from "vitest";
import { describeLeftOpen } from "../../../scripts/lib/left-open";

describe("describeLeftOpen", () => {
  it("names leftover servers and watchers with their counts", () => {
    expect(
      describeLeftOpen(["PipeWrap", "TCPServerWrap", "FSEventWrap", "Timeout", "FSEventWrap"]),
    ).toBe("still open after the stop: 1 listening server, 2 file watcher(s)");
  });

  it("says nothing after a clean stop", () => {
    expect(describeLeftOpen(["PipeWrap", "PipeWrap", "ProcessWrap", "Timeout"])).toBeUndefined();
  });
});

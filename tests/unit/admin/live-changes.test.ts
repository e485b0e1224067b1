// The admin's live helpers: which changes the queue's notice counts and how it words them, whether
// a request belongs in the open tab and search, and who else a presence state says is viewing.
import { describe, expect, it } from "vitest";
import {
  addLiveChange,
  type PendingChanges,
  pendingText,
} from "../../../admin/src/components/live/pending-changes";
import { otherViewers } from "../../../admin/src/components/live/presence";
import { belongsToQueue } from "../../../admin/src/resources/signup-requests/queue-scope";

const none: PendingChanges = new Map();
const shown = new Set(["a"]);
const isShown = (id: string) => shown.has(id);
const toReview = (record: Readonly<Record<string, unknown>>) => record.status === "confirmed";
/** One change against an empty notice, with row "a" on screen and "confirmed" rows in the tab. */
const addToNone = (change: Parameters<typeof addLiveChange>[1]) =>
  addLiveChange(none, change, isShown, toReview);

describe("addLiveChange", () => {
  it("counts a row that arrives in the list as new", () => {
    const pending = addToNone({ type: "created", record: { id: "b", status: "confirmed" } });
    expect([...pending]).toEqual([["b", "new"]]);
  });

  it("counts a row that moves into the list (pending → confirmed) as new", () => {
    const pending = addToNone({ type: "updated", record: { id: "b", status: "confirmed" } });
    expect(pending.get("b")).toBe("new");
  });

  it("counts a change to a row on screen as changed, even when it leaves the tab", () => {
    const pending = addToNone({ type: "updated", record: { id: "a", status: "approved" } });
    expect([...pending]).toEqual([["a", "changed"]]);
  });

  it("ignores rows that do not belong, deletes and records without an id", () => {
    for (const change of [
      { type: "created", record: { id: "c", status: "pending" } },
      { type: "deleted", record: { id: "a" } },
      { type: "created", record: { status: "confirmed" } },
    ]) {
      expect(addToNone(change)).toBe(none);
    }
  });

  it("counts each row once, and a new row stays new when it changes again", () => {
    let pending = addToNone({ type: "created", record: { id: 7, status: "confirmed" } });
    pending = addLiveChange(
      pending,
      { type: "updated", record: { id: 7, status: "confirmed" } },
      (id) => id === "7",
      toReview,
    );
    expect([...pending]).toEqual([["7", "new"]]);
  });
});

describe("pendingText", () => {
  const of = (...kinds: ("new" | "changed")[]) =>
    new Map(kinds.map((kind, index) => [String(index), kind]));

  it("words new and changed rows with the right noun", () => {
    expect(pendingText(of("new"), "request", "requests")).toBe("1 new request");
    expect(pendingText(of("new", "new"), "request", "requests")).toBe("2 new requests");
    expect(pendingText(of("changed"), "request", "requests")).toBe("1 request changed");
    expect(pendingText(of("new", "changed", "changed"), "request", "requests")).toBe(
      "1 new request, 2 changed",
    );
    expect(pendingText(of(), "request", "requests")).toBe("");
  });
});

describe("belongsToQueue", () => {
  const request = {
    status: "confirmed",
    company_name: "Noor Analytics",
    full_name: "Noor Haddad",
    email: "noor@example.test",
  };

  it("keeps the tab's status, or every status on All", () => {
    expect(belongsToQueue(request, "confirmed", "")).toBe(true);
    expect(belongsToQueue(request, "pending", "")).toBe(false);
    expect(belongsToQueue({ ...request, status: "rejected" }, "all", "")).toBe(true);
  });

  it("matches the search in company, name or email, ignoring case", () => {
    expect(belongsToQueue(request, "confirmed", " analytics ")).toBe(true);
    expect(belongsToQueue(request, "confirmed", "HADDAD")).toBe(true);
    expect(belongsToQueue(request, "confirmed", "@example")).toBe(true);
    expect(belongsToQueue(request, "confirmed", "globex")).toBe(false);
  });
});

describe("otherViewers", () => {
  it("lists everyone else once, sorted, without me or nameless metas", () => {
    const state = {
      me: [{ presence_ref: "1", name: "Tomas Team" }],
      u2: [
        { presence_ref: "2", name: "Bea" },
        { presence_ref: "3", name: "Bea" },
      ],
      u3: [{ presence_ref: "4", name: "Alice" }],
      u4: [{ presence_ref: "5" }],
      u5: [{ presence_ref: "6", name: "  " }],
    };
    expect(otherViewers(state, "me")).toEqual(["Alice", "Bea"]);
    expect(otherViewers({ me: state.me }, "me")).toEqual([]);
  });
});

// Status words live once in db/status: every enum value has a label and a colour, options follow
// the enum's order, and the transitions mirror the database's rules.
import { describe, expect, it } from "vitest";
import { auditActions } from "../../../db/schema/audit";
import { productStatuses } from "../../../db/schema/beta";
import { companyStatuses } from "../../../db/schema/companies";
import { deliveryStatuses, notificationStatuses } from "../../../db/schema/email";
import { pageStatuses } from "../../../db/schema/pages";
import { projectStatuses } from "../../../db/schema/projects";
import { signupStatuses } from "../../../db/schema/signup-requests";
import { auditActionLabels, auditedTableLabel } from "../../../db/status/audit";
import { grantState, grantStateLabels, productStatusOptions } from "../../../db/status/beta";
import { companyStatusLabels } from "../../../db/status/companies";
import {
  canMoveOutbox,
  canRetryEmail,
  deliveryStatusLabels,
  outboxStatusLabels,
  outboxTransitions,
} from "../../../db/status/outbox";
import { pageStatusLabels } from "../../../db/status/pages";
import { describeProjectStatus, projectStatusOptions } from "../../../db/status/projects";
import {
  reviewActions,
  signupStatusLabels,
  targetStatus,
} from "../../../db/status/signup-requests";

const keys = (record: object) => Object.keys(record).sort();

describe("status words", () => {
  it("name every value of each enum, and nothing else", () => {
    const keys = (record: object) => Object.keys(record).sort();
    expect(keys(signupStatusLabels)).toEqual([...signupStatuses].sort());
    expect(keys(outboxStatusLabels)).toEqual([...notificationStatuses].sort());
    expect(keys(companyStatusLabels)).toEqual([...companyStatuses].sort());
    expect(keys(pageStatusLabels)).toEqual([...pageStatuses].sort());
    expect(productStatusOptions.map((option) => option.value)).toEqual([...productStatuses]);
    expect(projectStatusOptions.map((option) => option.value)).toEqual([...projectStatuses]);
  });

  it("give the portal and the admin the same project words", () => {
    expect(projectStatusOptions.map((option) => option.label)).toEqual(
      projectStatuses.map((status) => describeProjectStatus({ status }).label),
    );
  });
});

describe("grant state", () => {
  const now = new Date("2026-06-01T12:00:00Z");
  it("is revoked, expired or live, in that order of precedence", () => {
    expect(grantState({ revoked_at: "2026-05-01T00:00:00Z", expires_at: null }, now)).toBe(
      "revoked",
    );
    expect(grantState({ revoked_at: null, expires_at: "2026-06-01T12:00:00Z" }, now)).toBe(
      "expired",
    );
    expect(grantState({ revoked_at: null, expires_at: "2026-07-01T00:00:00Z" }, now)).toBe("live");
    expect(grantStateLabels.live.label).toBe("Active");
  });
});

describe("transitions", () => {
  it("let the team move a request only the way the database's guard allows", () => {
    const moves = signupStatuses.flatMap((from) =>
      reviewActions(from).map((action) => `${from}→${targetStatus[action]}`),
    );
    expect(moves).toEqual([
      "pending→confirmed",
      "pending→rejected",
      "confirmed→approved",
      "confirmed→rejected",
    ]);
  });

  it("never move a sent email again; a failed one only back to the queue, by staff", () => {
    expect(outboxTransitions.sent).toEqual([]);
    expect(outboxTransitions.failed).toEqual(["queued"]);
    expect(canRetryEmail("failed")).toBe(true);
    expect(notificationStatuses.filter(canRetryEmail)).toEqual(["failed"]);
    expect(keys(deliveryStatusLabels)).toEqual([...deliveryStatuses].sort());
    expect(keys(auditActionLabels)).toEqual([...auditActions].sort());
    expect(canMoveOutbox("queued", "sending")).toBe(true);
    expect(canMoveOutbox("sending", "queued")).toBe(true);
    expect(canMoveOutbox("queued", "sent")).toBe(false);
    expect(canMoveOutbox("sent", "queued")).toBe(false);
  });
});

describe("audited tables", () => {
  it("name a table by its admin word, and an unknown one by itself", () => {
    expect(auditedTableLabel("signup_requests")).toBe("Sign-up requests");
    expect(auditedTableLabel("elsewhere")).toBe("elsewhere");
  });
});

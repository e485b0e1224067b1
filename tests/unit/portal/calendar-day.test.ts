// The portal's dates: calendar days, moments seen in a time zone, and a project's schedule.
import { describe, expect, it } from "vitest";
import { formatDay, formatMoment, formatSchedule } from "../../../portal/src/format/calendar-day";

describe("formatDay", () => {
  it("prints a date column's value with the day unpadded and the month spelled", () => {
    expect(formatDay("2026-09-01")).toBe("1 Sep 2026");
    expect(formatDay("2027-01-31")).toBe("31 Jan 2027");
    expect(formatDay("2026-12-15")).toBe("15 Dec 2026");
  });

  it("returns what it cannot read unchanged instead of printing Invalid Date", () => {
    expect(formatDay("2026-13-01")).toBe("2026-13-01");
    expect(formatDay("soon")).toBe("soon");
  });
});

describe("formatMoment", () => {
  it("prints the day a timestamp falls on in the reader's time zone", () => {
    const lateEvening = "2026-11-01T23:30:00+00:00";
    expect(formatMoment(lateEvening, "UTC")).toBe("1 Nov 2026");
    expect(formatMoment(lateEvening, "Europe/Paris")).toBe("2 Nov 2026");
    expect(formatMoment(lateEvening, "America/New_York")).toBe("1 Nov 2026");
  });

  it("returns an unreadable timestamp unchanged", () => {
    expect(formatMoment("yesterday", "UTC")).toBe("yesterday");
  });
});

describe("formatSchedule", () => {
  it("says the range, the start alone, the due date alone, or that none is set", () => {
    expect(formatSchedule("2026-09-01", "2027-01-31")).toBe("1 Sep 2026 – 31 Jan 2027");
    expect(formatSchedule("2026-10-15", null)).toBe("From 15 Oct 2026");
    expect(formatSchedule(null, "2026-12-15")).toBe("Due 15 Dec 2026");
    expect(formatSchedule(null, null)).toBe("Not scheduled yet");
  });
});

// The portal's dates: calendar days, moments seen in a time zone, and a project's schedule, in
// English and in French.
import { formatDate, formatDay } from "@supabase-client/i18n/format";
import { createI18nProvider } from "@supabase-client/i18n/provider";
import { describe, expect, it } from "vitest";
import { formatSchedule } from "../../../portal/src/format/calendar-day";

const english = createI18nProvider("en", () => undefined).t;
const french = createI18nProvider("fr", () => undefined).t;

describe("formatDay", () => {
  it("prints a date column's value with the day unpadded and the month spelled", () => {
    expect(formatDay("en", "2026-09-01")).toBe("1 Sep 2026");
    expect(formatDay("en", "2027-01-31")).toBe("31 Jan 2027");
    expect(formatDay("en", "2026-12-15")).toBe("15 Dec 2026");
    expect(formatDay("fr", "2026-12-02")).toBe("2 déc. 2026");
    expect(formatDay("fr", "2026-09-01")).toBe("1 sept. 2026");
  });

  it("returns what it cannot read unchanged instead of printing Invalid Date", () => {
    expect(formatDay("en", "2026-13-01")).toBe("2026-13-01");
    expect(formatDay("fr", "soon")).toBe("soon");
  });
});

describe("formatDate", () => {
  it("prints the day a timestamp falls on in the reader's time zone", () => {
    const lateEvening = "2026-11-01T23:30:00+00:00";
    expect(formatDate("en", lateEvening, "UTC")).toBe("1 Nov 2026");
    expect(formatDate("en", lateEvening, "Europe/Paris")).toBe("2 Nov 2026");
    expect(formatDate("en", lateEvening, "America/New_York")).toBe("1 Nov 2026");
    expect(formatDate("fr", lateEvening, "Europe/Paris")).toBe("2 nov. 2026");
  });

  it("returns an unreadable timestamp unchanged", () => {
    expect(formatDate("en", "yesterday", "UTC")).toBe("yesterday");
  });
});

describe("formatSchedule", () => {
  it("says the range, the start alone, the due date alone, or that none is set", () => {
    expect(formatSchedule(english, "en", "2026-09-01", "2027-01-31")).toBe(
      "1 Sep 2026 – 31 Jan 2027",
    );
    expect(formatSchedule(english, "en", "2026-10-15", null)).toBe("From 15 Oct 2026");
    expect(formatSchedule(english, "en", null, "2026-12-15")).toBe("Due 15 Dec 2026");
    expect(formatSchedule(english, "en", null, null)).toBe("Not scheduled yet");
  });

  it("says it in French for a French reader", () => {
    expect(formatSchedule(french, "fr", "2026-10-15", null)).toBe("À partir du 15 oct. 2026");
    expect(formatSchedule(french, "fr", null, "2026-12-15")).toBe("Échéance le 15 déc. 2026");
    expect(formatSchedule(french, "fr", null, null)).toBe("Pas encore planifié");
  });
});

// The project form's date fields: stored `YYYY-MM-DD` days round-trip through the DatePicker,
// and the due-date check agrees with db/validation's schema, message included.

import { toPickerDay, toStoredDay } from "@supabase-client/forms/calendar-day";
import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import {
  dueBeforeStartMessage,
  isDueBeforeStart,
} from "../../../admin/src/resources/projects/dates";
import { insertProjectSchema, updateProjectSchema } from "../../../db/validation/projects";

describe("project dates", () => {
  it("turn a stored day into the same calendar day in the picker and back", () => {
    const picked = toPickerDay("2026-02-28");
    expect(picked?.year()).toBe(2026);
    expect(picked?.month()).toBe(1);
    expect(picked?.date()).toBe(28);
    expect(toStoredDay(picked)).toBe("2026-02-28");
  });

  it("store the day the user picked, whatever its time of day", () => {
    expect(toStoredDay(dayjs(new Date(2026, 11, 31, 23, 59)))).toBe("2026-12-31");
    expect(toStoredDay(dayjs(new Date(2026, 0, 1, 0, 0)))).toBe("2026-01-01");
  });

  it("show an empty picker for no day or a malformed one", () => {
    expect(toPickerDay(null)).toBeNull();
    expect(toPickerDay(undefined)).toBeNull();
    expect(toPickerDay("")).toBeNull();
    expect(toPickerDay("2026-02-30")).toBeNull();
    expect(toPickerDay("31/12/2026")).toBeNull();
  });

  it("store null when the picker is cleared", () => {
    expect(toStoredDay(null)).toBeNull();
    expect(toStoredDay(undefined)).toBeNull();
  });

  it("refuse only a due date strictly before the start date", () => {
    expect(isDueBeforeStart("2026-05-10", "2026-05-09")).toBe(true);
    expect(isDueBeforeStart("2026-05-10", "2026-05-10")).toBe(false);
    expect(isDueBeforeStart("2026-05-10", "2026-06-01")).toBe(false);
    expect(isDueBeforeStart(null, "2026-05-09")).toBe(false);
    expect(isDueBeforeStart("2026-05-10", null)).toBe(false);
  });

  it("say what the schemas say, on the due date field", () => {
    const project = {
      company_id: "8b0e0a8e-1a4b-4b43-9a0e-0a8e1a4b4b43",
      name: "Dates",
      start_date: "2026-05-10",
      due_date: "2026-05-09",
    };
    for (const schema of [insertProjectSchema, updateProjectSchema]) {
      const issues = schema.safeParse(project).error?.issues ?? [];
      expect(issues.map(({ path, message }) => ({ path, message }))).toEqual([
        { path: ["due_date"], message: dueBeforeStartMessage },
      ]);
    }
  });
});

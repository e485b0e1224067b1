// Which route parameters can name a row.
import { describe, expect, it } from "vitest";
import { isRecordId } from "../../../portal/src/pages/projects/is-record-id";

describe("isRecordId", () => {
  it("accepts a uuid in either case", () => {
    expect(isRecordId("3f2c1b4a-9d8e-4f70-a1b2-c3d4e5f60718")).toBe(true);
    expect(isRecordId("3F2C1B4A-9D8E-4F70-A1B2-C3D4E5F60718")).toBe(true);
  });

  it("refuses a missing parameter, a slug and a uuid with anything around it", () => {
    expect(isRecordId(undefined)).toBe(false);
    expect(isRecordId("website-relaunch")).toBe(false);
    expect(isRecordId("3f2c1b4a-9d8e-4f70-a1b2-c3d4e5f60718x")).toBe(false);
    expect(isRecordId(" 3f2c1b4a-9d8e-4f70-a1b2-c3d4e5f60718")).toBe(false);
  });
});

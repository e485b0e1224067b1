// Password hashes GoTrue can read and rules GoTrue enforces.
import { describe, expect, it } from "vitest";
import { AuthError } from "../../../supabase/local/auth/errors";
import {
  checkPasswordStrength,
  hashPassword,
  verifyPassword,
} from "../../../supabase/local/auth/passwords";

const rules = { passwordMinLength: 6, passwordRequiredCharacters: [] as string[] };

describe("passwords", () => {
  it("writes $2a$ hashes at the requested cost and verifies them", async () => {
    const hash = await hashPassword("correct horse", 10);
    expect(hash).toMatch(/^\$2a\$10\$[./A-Za-z0-9]{53}$/);
    expect(await verifyPassword("correct horse", hash)).toBe(true);
    expect(await verifyPassword("wrong horse", hash)).toBe(false);
  });

  it("reads $2a$ hashes written by other bcrypt implementations", async () => {
    // The OpenBSD reference vector for "U*U" at cost 5.
    const reference = "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW";
    expect(await verifyPassword("U*U", reference)).toBe(true);
    expect(await verifyPassword("U*V", reference)).toBe(false);
    expect(await verifyPassword("password", "")).toBe(false);
    expect(await verifyPassword("password", null)).toBe(false);
  });

  it("refuses short passwords with reason length", () => {
    expect(() => checkPasswordStrength("12345", rules)).toThrow(AuthError);
    try {
      checkPasswordStrength("12345", rules);
    } catch (error) {
      expect(error).toMatchObject({
        status: 422,
        code: "weak_password",
        message: "Password should be at least 6 characters.",
        extra: { weak_password: { reasons: ["length"] } },
      });
    }
    expect(() => checkPasswordStrength("123456", rules)).not.toThrow();
  });

  it("refuses passwords bcrypt would truncate (over 72 bytes)", () => {
    expect(() => checkPasswordStrength("a".repeat(72), rules)).not.toThrow();
    expect(() => checkPasswordStrength("a".repeat(73), rules)).toThrow(
      "Password cannot be longer than 72 characters",
    );
  });

  it("requires one character from each configured set", () => {
    const strict = { passwordMinLength: 6, passwordRequiredCharacters: ["abc", "0123456789"] };
    expect(() => checkPasswordStrength("aaaaaa1", strict)).not.toThrow();
    expect(() => checkPasswordStrength("aaaaaaa", strict)).toThrow(/at least one character/);
  });
});

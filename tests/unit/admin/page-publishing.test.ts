// A save asks for confirmation only when it makes a page public.
import { describe, expect, it } from "vitest";
import { isPublishing, pageStatusOptions } from "../../../db/status/pages";
import { insertPageSchema } from "../../../db/validation/content";

describe("isPublishing", () => {
  it("asks when a new page or a draft is saved as published", () => {
    expect(isPublishing(undefined, "published")).toBe(true);
    expect(isPublishing("draft", "published")).toBe(true);
  });

  it("does not ask again for a page that is already published, nor for drafts", () => {
    expect(isPublishing("published", "published")).toBe(false);
    expect(isPublishing("draft", "draft")).toBe(false);
    expect(isPublishing("published", "draft")).toBe(false);
    expect(isPublishing(undefined, undefined)).toBe(false);
  });
});

describe("the page form's slug rule", () => {
  it("accepts sections and lower-cases, and refuses spaces with the message shown by the field", () => {
    const slug = insertPageSchema.shape.slug;
    expect(slug.parse(" Legal/Privacy ")).toBe("legal/privacy");
    const refused = slug.safeParse("about us!");
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe(
      "Use lower-case words separated by dashes (and / for sections)",
    );
  });

  it("offers draft and published", () => {
    expect(pageStatusOptions.map((option) => option.value)).toEqual(["draft", "published"]);
  });
});

// The apps' storage helpers: keys in the shape the policies read, the checks made before an
// upload, the media markdown and the listing clean-up.
import { describe, expect, it } from "vitest";
import { buckets, largestBucketLimit } from "../../../db/storage/buckets";
import { formatBytes } from "../../../supabase/client/i18n/format";
import { checkFile, uploadContentType } from "../../../supabase/client/storage/check-file";
import {
  betaBuildKey,
  keyFileName,
  mediaKey,
  projectFileKey,
  projectFolder,
  safeSegment,
} from "../../../supabase/client/storage/keys";
import { toStoredFiles } from "../../../supabase/client/storage/list-folder";
import { appendBlock, imageMarkdown } from "../../../supabase/client/storage/markdown";

const product = "3f2c8a1e-0000-4000-8000-000000000001";

describe("object keys", () => {
  it("puts a build under its product id and version", () => {
    expect(betaBuildKey(product, "1.2.0", "app.apk")).toBe(`${product}/1.2.0/app.apk`);
    expect(betaBuildKey(product, "1.0.0-rc1", "Atrium Mobile (beta).apk")).toBe(
      `${product}/1.0.0-rc1/Atrium-Mobile-beta-.apk`,
    );
  });

  it("never lets a name add folders or dot segments", () => {
    expect(betaBuildKey(product, "../2.0", "../../etc/passwd")).toBe(`${product}/2.0/etc-passwd`);
    expect(safeSegment("..")).toBe("file");
    expect(safeSegment("")).toBe("file");
    expect(safeSegment("///")).toBe("file");
    expect(safeSegment("résumé.pdf")).toBe("resume.pdf");
    expect(safeSegment(".env")).toBe("env");
    expect(safeSegment("a\\b\u0000c.txt")).toBe("a-b-c.txt");
  });

  it("puts a project file in its company, project and visibility folder", () => {
    expect(projectFolder("c1", "p1", "client")).toBe("c1/p1/client");
    expect(projectFileKey("c1", "p1", "internal", "Brief v2.pdf")).toBe(
      "c1/p1/internal/Brief-v2.pdf",
    );
    expect(keyFileName("c1/p1/client/brief.pdf")).toBe("brief.pdf");
  });

  it("stamps media keys so an upload never replaces another image", () => {
    expect(mediaKey("Hero image.png", new Date("2026-12-02T03:04:05.678Z"))).toBe(
      "2026-12-02T03-04-05.678Z-Hero-image.png",
    );
  });
});

describe("checks before upload", () => {
  const docs = buckets["project-files"];

  it("accepts a file within the bucket's size and types", () => {
    expect(checkFile({ name: "brief.pdf", size: 1000, type: "application/pdf" }, docs)).toBeNull();
  });

  it("refuses a file over the bucket's limit, naming both sizes", () => {
    const tooBig = { name: "video.zip", size: docs.fileSizeLimit + 1, type: "application/zip" };
    expect(checkFile(tooBig, docs)).toBe("video.zip is 50.0 MB; files here may be at most 50 MB.");
    expect(
      checkFile({ name: "b.zip", size: docs.fileSizeLimit, type: "application/zip" }, docs),
    ).toBeNull();
  });

  it("refuses a type the bucket does not allow, and an empty file", () => {
    expect(checkFile({ name: "a.exe", size: 10, type: "application/x-msdownload" }, docs)).toMatch(
      /^a\.exe is a application\/x-msdownload file; allowed here: application\/pdf, /,
    );
    expect(checkFile({ name: "e.pdf", size: 0, type: "application/pdf" }, docs)).toBe(
      "e.pdf is empty.",
    );
  });

  it("sends a typeless file (an .ipa) as octet-stream, which beta-builds allows", () => {
    expect(uploadContentType({ type: "" })).toBe("application/octet-stream");
    expect(checkFile({ name: "app.ipa", size: 10, type: "" }, buckets["beta-builds"])).toBeNull();
    expect(checkFile({ name: "app.ipa", size: 10, type: "" }, docs)).not.toBeNull();
  });

  it("honours type/* wildcards", () => {
    const spec = { id: "x", public: false, fileSizeLimit: 10, allowedMimeTypes: ["image/*"] };
    expect(checkFile({ name: "a.png", size: 1, type: "image/png" }, spec)).toBeNull();
    expect(checkFile({ name: "a.txt", size: 1, type: "text/plain" }, spec)).not.toBeNull();
  });

  it("formats sizes and knows the largest bucket limit", () => {
    expect(formatBytes("en", 512)).toBe("512 bytes");
    expect(formatBytes("en", 1536)).toBe("1.5 KB");
    expect(formatBytes("en", 500 * 1024 * 1024)).toBe("500 MB");
    expect(largestBucketLimit()).toBe(500 * 1024 * 1024);
  });
});

describe("media markdown", () => {
  it("builds an image with an alt text from the file name", () => {
    expect(imageMarkdown("https://x/public-media/2026-hero_shot.png", "2026-hero_shot.png")).toBe(
      "![2026 hero shot](https://x/public-media/2026-hero_shot.png)",
    );
    expect(imageMarkdown("https://x/a b(1).png", "a b(1).png")).toBe(
      "![a b(1)](https://x/a%20b(1%29.png)",
    );
  });

  it("appends the image as its own paragraph", () => {
    expect(appendBlock("Intro  \n", "![a](u)")).toBe("Intro\n\n![a](u)");
    expect(appendBlock("", "![a](u)")).toBe("![a](u)");
    expect(appendBlock(null, "![a](u)")).toBe("![a](u)");
  });
});

describe("folder listings", () => {
  it("keeps files with their full keys and drops folders and placeholders", () => {
    const files = toStoredFiles("c1/p1/client", [
      { id: null, name: "old" },
      { id: "1", name: ".emptyFolderPlaceholder", metadata: { size: 0 } },
      {
        id: "2",
        name: "brief.pdf",
        created_at: "2026-12-01T00:00:00Z",
        metadata: { size: 42, mimetype: "application/pdf" },
      },
      { id: "3", name: "raw.bin", metadata: null },
    ]);
    expect(files).toEqual([
      {
        key: "c1/p1/client/brief.pdf",
        name: "brief.pdf",
        size: 42,
        mimeType: "application/pdf",
        createdAt: "2026-12-01T00:00:00Z",
      },
      { key: "c1/p1/client/raw.bin", name: "raw.bin", size: null, mimeType: null, createdAt: null },
    ]);
    expect(toStoredFiles("", [{ id: "9", name: "hero.png" }])[0]?.key).toBe("hero.png");
  });
});

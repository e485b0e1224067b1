// Field rules the feature schemas share: trimming, lengths from db/limits, email and URL clean-up.
import { z } from "zod/v4";
import { limits } from "../limits";

/**
 * Trimmed text of 1 to `max` characters, with messages a form can show as they are; the label is
 * kept as the schema's `title`, which the form's field shows.
 */
export const requiredText = (label: string, max: number = limits.name) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, { error: `${label} is required` })
    .max(max, { error: `${label} must be at most ${max} characters` })
    .meta({ title: label });

/** Optional text: blank becomes null so the database stores no empty strings. */
export const optionalText = (label: string, max: number = limits.name) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters` })
    .transform((value) => (value === "" ? null : value))
    .nullish()
    .meta({ title: label });

/** An email address, trimmed and lower-cased as Supabase Auth stores it. */
export const email = z
  .string({ error: "Email is required" })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address" }));

/** An email address that may be left out: blank (a cleared field) becomes null. */
export const optionalEmail = z
  .string()
  .trim()
  .transform((value) => (value === "" ? null : value))
  .pipe(email.nullable())
  .nullish();

/** Email addresses kept in a `text[]` column, each cleaned and checked like `email`. */
export const emailList = (label: string, help: string) =>
  z.array(email).meta({ title: label, description: help });

/**
 * A website: `example.com` becomes `https://example.com`; blank becomes null. The protocol and
 * host name are checked explicitly because URL parsers differ: Chromium accepts and encodes a
 * space in a host name that Node refuses, and the check must say the same in both.
 */
export const website = z
  .string()
  .trim()
  // Only an address without any scheme gets https://; `ftp://…` must be refused, not prefixed.
  .transform((value) =>
    value === "" || /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`,
  )
  .pipe(
    z.union([
      z.literal(""),
      z.url({
        protocol: /^https?$/,
        hostname: z.regexes.hostname,
        error: "Enter a valid web address",
      }),
    ]),
  )
  .transform((value) => (value === "" ? null : value))
  .nullish();

/** URL-safe lower-case slug such as `beta-programme`. */
export const slug = z
  .string({ error: "Slug is required" })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: "Use lower-case letters, digits and single dashes",
  });

/** A JSON object no larger than `maxBytes` once serialised. */
export const boundedObject = <T extends z.ZodType>(shape: T, label: string, maxBytes: number) =>
  shape.refine((value) => new TextEncoder().encode(JSON.stringify(value)).length <= maxBytes, {
    error: `${label} is too large (at most ${maxBytes} bytes)`,
  });

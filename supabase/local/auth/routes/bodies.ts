// The request-body pieces several Auth routes accept alike: metadata objects and the
// email/phone/password triple, so each route's schema says only what is its own.
import { z } from "zod";

/** `data`, `user_metadata`, `app_metadata`: any JSON object. */
export const metadata = z.record(z.string(), z.unknown());

/** Who the account is and its password, each optional (the route says which it needs). */
export const credentials = z.object({
  email: z.string().optional(),
  phone: z.string().optional(),
  password: z.string().optional(),
});

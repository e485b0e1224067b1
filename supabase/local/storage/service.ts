// Storage at /storage/v1: the storage-api-compatible service. Routes each path storage-js
// uses to its handler and renders every failure in storage-api's wire format in one place.
import type { IncomingMessage } from "node:http";
import { Hono } from "hono";
import { isDatabaseUnavailable, openPool } from "../connection-faults";
import type { StackContext, StackService } from "../context";
import * as buckets from "./buckets";
import { type Caller, createCallerAuthenticator } from "./caller";
import { parseStorageConfig } from "./config";
import { DiskStore } from "./disk";
import {
  databaseTimeout,
  errorResponse,
  fromPostgres,
  internalError,
  invalidKey,
  invalidRequest,
  isPostgresError,
  notFoundRoute,
  StorageError,
} from "./errors";
import * as objects from "./handlers";
import { bucketAndKey, bucketOnly, hasDotSegment } from "./paths";
import * as signed from "./signed-handlers";

const PREFIX = "/storage/v1";
const JSON_LIMIT = 1024 * 1024;

type Body = Record<string, unknown>;

async function readJson(request: Request): Promise<Body> {
  if (Number(request.headers.get("content-length") ?? "0") > JSON_LIMIT) {
    throw invalidRequest("Request body is too large");
  }
  const text = await request.text();
  if (text.length > JSON_LIMIT) {
    throw invalidRequest("Request body is too large");
  }
  if (text.trim() === "") {
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      return parsed as Body;
    }
  } catch {
    // answered below
  }
  throw invalidRequest("Body is not a JSON object");
}

const json = (value: unknown, status = 200) =>
  new Response(JSON.stringify(value), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });

/**
 * Starts the storage service: a pool as `supabase_storage_admin` (it switches to the caller's
 * role per request), the disk store, the routes.
 * @example services.push(await createStorageService(context));
 */
export async function createStorageService(context: StackContext): Promise<StackService> {
  const config = parseStorageConfig(context.env, context.keys.jwtSecret);
  // The same pool as REST and Auth: a bounded connect time, a quick reconnect after a restart.
  const sql = openPool(context.databaseUrl("supabase_storage_admin"), {
    max: config.pool,
    onnotice: () => {},
    connection: { application_name: "atrium-storage" },
  });
  const deps: objects.StorageDeps = { sql, disk: new DiskStore(config.dir), config };
  const authenticate = createCallerAuthenticator(context.keys);

  async function route(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const path = url.pathname.startsWith(PREFIX) ? url.pathname.slice(PREFIX.length) : url.pathname;
    const isRead = method === "GET" || method === "HEAD";
    const reading = {
      method,
      range: request.headers.get("range") ?? undefined,
      download: url.searchParams.get("download"),
    };
    const upsert = request.headers.get("x-upsert") === "true";
    const token = url.searchParams.get("token") ?? undefined;
    const caller = (): Promise<Caller> =>
      authenticate((name) => request.headers.get(name) ?? undefined);
    const after = (prefix: string) => path.slice(prefix.length);

    // Signed and public URLs need no caller: the token or the bucket decides.
    if (path.startsWith("/object/sign/") && isRead) {
      const { bucket, key } = bucketAndKey(after("/object/sign/"));
      return signed.downloadSigned(deps, bucket, key, token, reading);
    }
    if (path.startsWith("/object/upload/sign/") && method === "PUT") {
      const { bucket, key } = bucketAndKey(after("/object/upload/sign/"));
      return json(await signed.uploadSigned(deps, bucket, key, token, request));
    }
    if (path.startsWith("/object/public/") && isRead) {
      const { bucket, key } = bucketAndKey(after("/object/public/"));
      return objects.downloadPublic(deps, bucket, key, reading);
    }
    if (path.startsWith("/object/info/public/") && method === "GET") {
      const { bucket, key } = bucketAndKey(after("/object/info/public/"));
      return json(await objects.info(deps, "public", bucket, key));
    }

    if (path === "/bucket" || path === "/bucket/") {
      if (method === "GET") {
        return json(await buckets.listBuckets(sql, await caller(), url.searchParams));
      }
      if (method === "POST") {
        const body = await readJson(request);
        return json(await buckets.createBucket(sql, await caller(), body, config.fileSizeLimit));
      }
    }
    const emptyMatch = /^\/bucket\/([^/]+)\/empty$/.exec(path);
    if (emptyMatch?.[1] && method === "POST") {
      const id = bucketOnly(emptyMatch[1]);
      return json(await buckets.emptyBucket(sql, await caller(), id, deps.disk));
    }
    const bucketMatch = /^\/bucket\/([^/]+)\/?$/.exec(path);
    if (bucketMatch?.[1]) {
      const id = bucketOnly(bucketMatch[1]);
      if (method === "GET") {
        return json(await buckets.getBucket(sql, await caller(), id));
      }
      if (method === "PUT") {
        const body = await readJson(request);
        return json(
          await buckets.updateBucket(sql, await caller(), id, body, config.fileSizeLimit),
        );
      }
      if (method === "DELETE") {
        return json(await buckets.deleteBucket(sql, await caller(), id, deps.disk));
      }
    }

    if (method === "POST" && path === "/object/move") {
      return json(await objects.move(deps, await caller(), await readJson(request)));
    }
    if (method === "POST" && path === "/object/copy") {
      return json(await objects.copy(deps, await caller(), await readJson(request), upsert));
    }
    if (method === "POST" && path.startsWith("/object/list/")) {
      const bucket = bucketOnly(after("/object/list/"));
      return json(await objects.list(deps, await caller(), bucket, await readJson(request)));
    }
    if (method === "POST" && path.startsWith("/object/upload/sign/")) {
      const { bucket, key } = bucketAndKey(after("/object/upload/sign/"));
      return json(await signed.signUpload(deps, await caller(), bucket, key, upsert));
    }
    if (method === "POST" && path.startsWith("/object/sign/")) {
      const rest = after("/object/sign/");
      if (!rest.replace(/\/+$/, "").includes("/")) {
        const bucket = bucketOnly(rest);
        return json(await signed.signMany(deps, await caller(), bucket, await readJson(request)));
      }
      const { bucket, key } = bucketAndKey(rest);
      return json(await signed.sign(deps, await caller(), bucket, key, await readJson(request)));
    }
    if (method === "GET" && path.startsWith("/object/info/")) {
      const rest = after(
        path.startsWith("/object/info/authenticated/")
          ? "/object/info/authenticated/"
          : "/object/info/",
      );
      const { bucket, key } = bucketAndKey(rest);
      return json(await objects.info(deps, await caller(), bucket, key));
    }
    if (path.startsWith("/object/")) {
      const rest = after(
        path.startsWith("/object/authenticated/") ? "/object/authenticated/" : "/object/",
      );
      if (method === "DELETE" && !rest.replace(/\/+$/, "").includes("/")) {
        const bucket = bucketOnly(rest);
        return json(await objects.remove(deps, await caller(), bucket, await readJson(request)));
      }
      const { bucket, key } = bucketAndKey(rest);
      if (isRead) {
        return objects.download(deps, await caller(), bucket, key, reading);
      }
      if (method === "POST" || method === "PUT") {
        // PUT (update) replaces whatever is there, as storage-api's uploadOverridingObject does.
        const answer = await objects.upload(
          deps,
          await caller(),
          bucket,
          key,
          request,
          method === "PUT" || upsert,
        );
        return json(answer);
      }
    }
    throw notFoundRoute(method, url.pathname);
  }

  const app = new Hono();
  app.all("*", async (c) => {
    try {
      // The URL parser resolves `a/../b` before we see it, which would quietly write `b`:
      // the request line as sent decides, and a dot segment in it is refused.
      const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
      if (incoming?.url && hasDotSegment(incoming.url)) {
        throw invalidKey(incoming.url.split("?")[0] ?? "");
      }
      return await route(c.req.raw);
    } catch (error) {
      if (error instanceof StorageError) {
        return errorResponse(error);
      }
      if (isPostgresError(error)) {
        const known = fromPostgres(error);
        if (known) {
          return errorResponse(known);
        }
      }
      if (isDatabaseUnavailable(error)) {
        // Down or restarting: a known state, said in one line rather than with a stack.
        context.log(`storage: database unavailable (${(error as { code: string }).code})`);
        return errorResponse(databaseTimeout());
      }
      context.log(
        `storage: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return errorResponse(internalError());
    }
  });

  return {
    prefix: PREFIX,
    app,
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
}

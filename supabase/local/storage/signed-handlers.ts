// Signed URLs: signing as the caller (SELECT, or the INSERT probe for uploads), then using the
// token without one, as storage-api's /object/sign and /object/upload/sign routes do.
import { asCaller, type Caller, serviceCaller } from "./caller";
import { type DownloadRequest, objectResponse } from "./download";
import { invalidRequest, noSuchKey } from "./errors";
import { type Body, existingBucket, type StorageDeps } from "./handlers";
import { findObject, findObjects } from "./objects";
import { signObjectUrl, signUploadUrl, uploadGrantOf, verifyUrlToken } from "./signed-urls";
import { probeUpload, uploadObject } from "./upload";

const NOT_SIGNABLE = "Either the object does not exist or you do not have access to it";

function expiresInOf(body: Body): number {
  const value = body.expiresIn;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 1) {
    throw invalidRequest("body/expiresIn must be >= 1");
  }
  return Math.floor(value);
}

export async function sign(
  deps: StorageDeps,
  caller: Caller,
  bucketId: string,
  key: string,
  body: Body,
) {
  const expiresIn = expiresInOf(body);
  const row = await asCaller(deps.sql, caller, (tx) => findObject(tx, bucketId, key));
  if (!row) {
    throw noSuchKey();
  }
  const url = `${bucketId}/${key}`;
  const token = await signObjectUrl(deps.config.jwtSecret, url, expiresIn);
  return { signedURL: `/object/sign/${url}?token=${token}` };
}

export async function signMany(deps: StorageDeps, caller: Caller, bucketId: string, body: Body) {
  const expiresIn = expiresInOf(body);
  const paths = body.paths;
  if (!Array.isArray(paths) || !paths.every((item) => typeof item === "string")) {
    throw invalidRequest("body/paths must be an array of strings");
  }
  const found = await asCaller(deps.sql, caller, (tx) =>
    findObjects(tx, bucketId, paths as string[]),
  );
  const visible = new Set(found.map((row) => row.name));
  return Promise.all(
    (paths as string[]).map(async (path) => {
      if (!visible.has(path)) {
        return { error: NOT_SIGNABLE, path, signedURL: null };
      }
      const url = `${bucketId}/${path}`;
      const token = await signObjectUrl(deps.config.jwtSecret, url, expiresIn);
      return { error: null, path, signedURL: `/object/sign/${url}?token=${token}` };
    }),
  );
}

export async function downloadSigned(
  deps: StorageDeps,
  bucketId: string,
  key: string,
  token: string | undefined,
  request: DownloadRequest,
) {
  await verifyUrlToken(deps.config.jwtSecret, token, `${bucketId}/${key}`);
  const row = await findObject(deps.sql, bucketId, key);
  return objectResponse(deps.disk, row, request);
}

export async function signUpload(
  deps: StorageDeps,
  caller: Caller,
  bucketId: string,
  key: string,
  upsert: boolean,
) {
  await existingBucket(deps, bucketId);
  // The caller's policies are asked now; the later upload runs on the token's word.
  await probeUpload(deps.sql, caller, { bucket: bucketId, name: key, owner: caller.owner, upsert });
  const url = `${bucketId}/${key}`;
  const token = await signUploadUrl(
    deps.config.jwtSecret,
    url,
    { owner: caller.owner, upsert },
    deps.config.signedUploadExpirySeconds,
  );
  return { url: `/object/upload/sign/${url}?token=${token}`, token };
}

export async function uploadSigned(
  deps: StorageDeps,
  bucketId: string,
  key: string,
  token: string | undefined,
  request: Request,
) {
  const payload = await verifyUrlToken(deps.config.jwtSecret, token, `${bucketId}/${key}`);
  const grant = uploadGrantOf(payload);
  const bucket = await existingBucket(deps, bucketId);
  return uploadObject(
    deps.sql,
    deps.disk,
    deps.config.fileSizeLimit,
    { bucket, key, caller: serviceCaller, owner: grant.owner, upsert: grant.upsert },
    request,
  );
}

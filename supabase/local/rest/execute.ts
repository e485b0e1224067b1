// One request end to end after parsing: its prepared Transaction runs (run-transaction.ts) and
// its outcome becomes the reply (respond.ts), as PostgREST's App.hs chains them.
import type postgres from "postgres";
import type { PlainReply } from "../context";
import type { Caller } from "./authenticate";
import type { Transaction } from "./build-transaction";
import type { RestConfig } from "./config";
import { planResponse } from "./explain";
import type { ApiRequest } from "./parse-request";
import { respond } from "./respond";
import { runTransaction } from "./run-transaction";

// The service and the bench take both stages from here.
export { prepareTransaction, type Transaction } from "./build-transaction";

/**
 * Runs and answers one request planned by `prepareTransaction`.
 * @example const reply = await execute(sql, config, caller, request, prepareTransaction(…));
 */
export async function execute(
  sql: postgres.Sql,
  config: RestConfig,
  caller: Caller,
  request: ApiRequest,
  transaction: Transaction,
): Promise<PlainReply> {
  const result = await runTransaction(sql, config, caller.isAnon, transaction);
  if (result.type === "plan") {
    return planResponse(result.rows, result.request, request.media, request.schema);
  }
  return respond(request, transaction.plan, result.outcome);
}

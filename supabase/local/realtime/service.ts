// Realtime at /realtime/v1: the Phoenix-channel WebSocket realtime-js speaks, with
// postgres_changes read from the database's write-ahead log and filtered by RLS, plus in-memory
// Broadcast and Presence. Pipeline: connection → join → topics; changes → deliver → channels.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { Hono } from "hono";
import postgres from "postgres";
import { WebSocketServer } from "ws";
import type { StackContext, StackService } from "../context";
import { reason, verifyToken } from "./auth";
import { createCatalog } from "./catalog";
import { createChangeSource } from "./changes";
import { parseRealtimeConfig } from "./config";
import { Connection } from "./connection";
import { createDelivery } from "./deliver";
import type { Vsn } from "./protocol";
import { addRestBroadcast } from "./rest-broadcast";
import { Topics } from "./topics";

const PREFIX = "/realtime/v1";
const SOCKET_PATH = `${PREFIX}/websocket`;
/** Phoenix closes sockets that sent nothing (not even a heartbeat) for this long. */
const IDLE_TIMEOUT_MS = 60_000;
const SLOT_DROP_WAIT_MS = 3_000;

function refuse(socket: Duplex, status: string, message: string): void {
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n${JSON.stringify({ message })}`,
  );
}

/**
 * Starts the Realtime service; it connects to Postgres only when a client needs it.
 * @example services.push(await createRealtimeService(context));
 */
export async function createRealtimeService(context: StackContext): Promise<StackService> {
  const { keys } = context;
  const idleStopMs = parseRealtimeConfig(context.env).REALTIME_IDLE_STOP_MS;
  // Reads (catalogue, visibility checks) log in as authenticator, like REST; postgres.js
  // connects on first use, so a stack nobody subscribes to opens no connection.
  const sql = postgres(context.databaseUrl("authenticator"), {
    max: 4,
    onnotice: () => {},
    connection: { application_name: "atrium-realtime", TimeZone: "UTC" },
  });
  const catalog = createCatalog(sql);
  const topics = new Topics();
  const changes = createChangeSource({
    databaseUrl: context.databaseUrl("postgres"),
    log: context.log,
    onChange: createDelivery({ sql, catalog, channels: () => topics.channels(), log: context.log }),
    // A temporary slot goes when its session ends; wait for it, so the database can be dropped.
    async afterStop(slot) {
      const deadline = Date.now() + SLOT_DROP_WAIT_MS;
      while (Date.now() < deadline) {
        const rows = await sql`select 1 from pg_replication_slots where slot_name = ${slot}`;
        if (rows.length === 0) {
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  });
  let lastListened = Date.now();
  const isListened = () => {
    for (const channel of topics.channels()) {
      if (channel.pgBindings.length > 0) {
        return true;
      }
    }
    return false;
  };
  const server = new WebSocketServer({ noServer: true, maxPayload: 10 * 1024 * 1024 });
  const connections = new Set<Connection>();
  const sweep = setInterval(() => {
    for (const connection of connections) {
      if (Date.now() - connection.lastSeen > IDLE_TIMEOUT_MS) {
        connection.terminate();
      }
    }
    if (isListened()) {
      lastListened = Date.now();
    } else if (changes.isStreaming && Date.now() - lastListened > idleStopMs) {
      void changes.stop().catch((error: unknown) => {
        context.log(`realtime: stopping the change stream failed: ${String(error)}`);
      });
    }
  }, Math.min(IDLE_TIMEOUT_MS, idleStopMs) / 2);
  sweep.unref();

  /** The socket's apikey as a JWT: opaque keys stand for the anon / service_role keys. */
  const apikeyJwt = (value: string) =>
    value === keys.publishableKey
      ? keys.anonKey
      : value === keys.secretKey
        ? keys.serviceRoleKey
        : value;

  async function accept(request: IncomingMessage, socket: Duplex, head: Buffer, url: URL) {
    const vsnParam = url.searchParams.get("vsn") ?? "1.0.0";
    if (vsnParam !== "1.0.0" && vsnParam !== "2.0.0") {
      refuse(socket, "400 Bad Request", `Unsupported protocol version ${vsnParam}`);
      return;
    }
    const given = url.searchParams.get("apikey") ?? String(request.headers.apikey ?? "");
    const apikey = apikeyJwt(given);
    // Hosted Realtime refuses the socket itself (HTTP 403) when its key does not verify.
    const verified = await verifyToken(keys.jwtSecret, apikey);
    if (!verified.ok) {
      refuse(socket, "403 Forbidden", reason(verified));
      return;
    }
    server.handleUpgrade(request, socket, head, (ws) => {
      const connection = new Connection(ws, vsnParam as Vsn, {
        jwtSecret: keys.jwtSecret,
        apikey,
        catalog,
        topics,
        startChanges: () => {
          lastListened = Date.now();
          return changes.start();
        },
        log: context.log,
      });
      connections.add(connection);
      ws.on("close", () => connections.delete(connection));
    });
  }

  const app = new Hono();
  addRestBroadcast(app, { jwtSecret: keys.jwtSecret, topics, asJwt: apikeyJwt });
  app.all("*", (c) =>
    c.json({ message: "Realtime speaks WebSocket at /realtime/v1/websocket" }, 404),
  );

  return {
    prefix: PREFIX,
    app,
    upgrade(request, socket, head) {
      const url = new URL(request.url ?? "/", "http://localhost");
      if (url.pathname !== SOCKET_PATH && url.pathname !== `${SOCKET_PATH}/`) {
        return false;
      }
      accept(request, socket, head, url).catch((error: unknown) => {
        context.log(`realtime: upgrade failed: ${String(error)}`);
        socket.destroy();
      });
      return true;
    },
    async close() {
      clearInterval(sweep);
      for (const connection of connections) {
        connection.terminate();
      }
      connections.clear();
      server.close();
      await changes.close();
      await sql.end({ timeout: 1 });
    },
  };
}

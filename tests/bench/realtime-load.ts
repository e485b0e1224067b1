// The load side of realtime.bench.ts, run in its own process so the sockets' work is not
// billed to the server: opens N raw vsn 2.0.0 sockets, joins each to postgres_changes on
// projects with its user's token, then times every change from commit to arrival.
import WebSocket from "ws";

interface Start {
  url: string;
  apikey: string;
  /** One token per subscriber (subscribers are split over the companies by the parent). */
  tokens: string[];
}

type Message =
  | { kind: "start"; start: Start }
  | { kind: "expect"; total: number; timeoutMs: number };

const sockets: WebSocket[] = [];
let latencies: number[] = [];
let received = 0;
let firstAt = 0;
let lastAt = 0;

function send(message: unknown): void {
  process.send?.(message);
}

async function open(start: Start, token: string, index: number): Promise<void> {
  const ws = new WebSocket(
    `${start.url.replace(/^http/, "ws")}/realtime/v1/websocket?apikey=${start.apikey}&vsn=2.0.0`,
  );
  sockets.push(ws);
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  const joined = new Promise<void>((resolve, reject) => {
    ws.on("message", (data) => {
      const [, ref, , event, payload] = JSON.parse(String(data)) as [
        string | null,
        string | null,
        string,
        string,
        { status?: string; data?: { commit_timestamp: string } },
      ];
      if (event === "phx_reply" && ref === "1") {
        payload.status === "ok" ? resolve() : reject(new Error(JSON.stringify(payload)));
      } else if (event === "postgres_changes" && payload.data) {
        const now = Date.now();
        firstAt ||= now;
        lastAt = now;
        received += 1;
        latencies.push(now - Date.parse(payload.data.commit_timestamp));
      }
    });
  });
  ws.send(
    JSON.stringify([
      "1",
      "1",
      `realtime:bench-${index}`,
      "phx_join",
      {
        config: { postgres_changes: [{ event: "INSERT", schema: "public", table: "projects" }] },
        access_token: token,
      },
    ]),
  );
  await joined;
}

process.on("message", (message: Message) => {
  if (message.kind === "start") {
    const { start } = message;
    // Joins go in small waves so the server sees a realistic trickle, not one burst.
    void (async () => {
      for (let index = 0; index < start.tokens.length; index += 10) {
        await Promise.all(
          start.tokens
            .slice(index, index + 10)
            .map((token, offset) => open(start, token, index + offset)),
        );
      }
      send({ kind: "ready", sockets: sockets.length });
      // Heartbeats as realtime-js sends them; the server closes sockets silent for 60 s.
      setInterval(() => {
        for (const ws of sockets) {
          ws.send(JSON.stringify([null, "hb", "phoenix", "heartbeat", {}]));
        }
      }, 25_000).unref();
    })().catch((error: unknown) => send({ kind: "error", message: String(error) }));
    return;
  }
  // Each phase counts from zero; the parent kills this process when it is done.
  latencies = [];
  received = 0;
  firstAt = 0;
  lastAt = 0;
  const deadline = Date.now() + message.timeoutMs;
  const timer = setInterval(() => {
    if (received >= message.total || Date.now() > deadline) {
      clearInterval(timer);
      latencies.sort((a, b) => a - b);
      const at = (q: number) =>
        latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
      send({ kind: "done", received, firstAt, lastAt, p50: at(0.5), p99: at(0.99) });
    }
  }, 20);
});

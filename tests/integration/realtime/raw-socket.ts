// A bare Phoenix socket over `ws` for protocol tests: sends frames in either serialisation and
// waits (with a deadline) for the frame a test expects.
import WebSocket from "ws";

export interface RawFrame {
  topic: string;
  event: string;
  payload: Record<string, unknown>;
  ref: string | null;
  join_ref: string | null;
}

export class RawSocket {
  readonly frames: RawFrame[] = [];
  private waiters: Array<() => void> = [];

  private constructor(
    private readonly ws: WebSocket,
    readonly vsn: "1.0.0" | "2.0.0",
  ) {
    ws.on("message", (data, isBinary) => {
      if (isBinary) {
        return;
      }
      const parsed = JSON.parse(String(data)) as unknown;
      if (vsn === "2.0.0" && Array.isArray(parsed)) {
        const [join_ref, ref, topic, event, payload] = parsed as [
          string | null,
          string | null,
          string,
          string,
          Record<string, unknown>,
        ];
        this.frames.push({ join_ref, ref, topic, event, payload });
      } else {
        this.frames.push(parsed as RawFrame);
      }
      for (const wake of this.waiters.splice(0)) {
        wake();
      }
    });
  }

  /** Opens a socket; rejects with the HTTP status when the server refuses it. */
  static open(apiUrl: string, apikey: string, vsn: "1.0.0" | "2.0.0"): Promise<RawSocket> {
    const url = `${apiUrl.replace(/^http/, "ws")}/realtime/v1/websocket?apikey=${encodeURIComponent(apikey)}&vsn=${vsn}`;
    const ws = new WebSocket(url);
    return new Promise((resolve, reject) => {
      ws.once("open", () => resolve(new RawSocket(ws, vsn)));
      ws.once("unexpected-response", (_request, response) =>
        reject(new Error(`HTTP ${response.statusCode}`)),
      );
      ws.once("error", reject);
    });
  }

  send(frame: { topic: string; event: string; payload: unknown; ref: string; join_ref?: string }) {
    const joinRef = frame.join_ref ?? null;
    this.ws.send(
      this.vsn === "2.0.0"
        ? JSON.stringify([joinRef, frame.ref, frame.topic, frame.event, frame.payload])
        : JSON.stringify({ ...frame, join_ref: joinRef }),
    );
  }

  /** Joins `topic` with `ref` as both ref and join_ref, as realtime-js does; answers the reply. */
  join(topic: string, ref: string, payload: Record<string, unknown>): Promise<RawFrame> {
    this.send({ topic, event: "phx_join", ref, join_ref: ref, payload });
    return this.replyTo(ref);
  }

  /** The first received frame matching `test`, waiting up to `timeoutMs`. */
  async next(test: (frame: RawFrame) => boolean, timeoutMs = 5_000): Promise<RawFrame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.frames.find(test);
      if (found) {
        return found;
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`no matching frame; got ${JSON.stringify(this.frames)}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The reply to the push with `ref`. */
  replyTo(ref: string): Promise<RawFrame> {
    return this.next((frame) => frame.event === "phx_reply" && frame.ref === ref);
  }

  close(): void {
    this.ws.close();
  }
}

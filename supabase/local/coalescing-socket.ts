// One write to Postgres per pipelined transaction. postgres.js collects a pipeline's messages
// and writes them together only while they stay under 1 KiB: a message that takes the buffer
// past that is written at once, and what follows (a REST transaction's lone COMMIT, once the
// request headers in its set_config pass the limit) waits for a setImmediate and goes in a
// second write. strace showed it on the bench's insert: a 1,076-byte write and a 12-byte one
// per request, where the floor's 1,026 bytes went in one. Two writes wake the backend twice and
// bring the results back in two reads. This socket holds a write past the limit (corked) until
// postgres.js flushes the rest, so the whole transaction leaves in one `writev`.
import net from "node:net";

/** postgres.js's write threshold (connection.js `write`): a buffer this long is written at once. */
const POSTGRES_JS_FLUSH_BYTES = 1024;

/** What postgres.js passes a custom `socket` factory (its parsed options; only these are read). */
export interface SocketTarget {
  host: string[];
  port: number[];
  path?: string | false;
}

type Write = (chunk: Uint8Array | string, callback?: (error?: Error | null) => void) => boolean;

/**
 * Makes `socket.write` hold a write of at least 1 KiB until the next write (postgres.js's
 * deferred flush of the rest of the pipeline) or, at the latest, the check phase after this
 * tick, then send everything held in one go. Smaller writes and writes with a callback (COPY)
 * pass through as before.
 * @example coalesceWrites(net.connect(5432, "127.0.0.1"))
 */
export function coalesceWrites(socket: net.Socket): net.Socket {
  const write = socket.write.bind(socket) as Write;
  let held = false;
  const release = () => {
    if (held) {
      held = false;
      socket.uncork();
    }
  };
  // The release is scheduled from nextTick so that it runs after a setImmediate postgres.js
  // queued in this same tick (its flush of the rest), which then joins the held write.
  const releaseAfterFlush = () => setImmediate(release);
  const coalescing: Write = (chunk, callback) => {
    if (held) {
      const result = write(chunk, callback);
      if (chunk.length < POSTGRES_JS_FLUSH_BYTES) {
        // postgres.js's deferred flush: the end of the pipeline.
        release();
      }
      return result;
    }
    if (chunk.length >= POSTGRES_JS_FLUSH_BYTES && callback === undefined) {
      held = true;
      socket.cork();
      process.nextTick(releaseAfterFlush);
    }
    return write(chunk, callback);
  };
  socket.write = coalescing as typeof socket.write;
  return socket;
}

/**
 * postgres.js's `socket` option: the connection it would open itself (first host, or the unix
 * socket path), with writes coalesced. Returned before it connects: Node queues writes until
 * then, and connection errors reach the handlers postgres.js attaches, as on its own socket.
 * @example postgres(url, { socket: connectCoalesced } as postgres.Options<{}>)
 */
export function connectCoalesced(target: SocketTarget): net.Socket {
  const host = target.host[0] ?? "localhost";
  const port = target.port[0] ?? 5432;
  const socket = target.path ? net.connect(target.path) : net.connect(port, host);
  // postgres.js reads these for TLS's servername and its error messages.
  Object.assign(socket, { host, port });
  return coalesceWrites(socket);
}

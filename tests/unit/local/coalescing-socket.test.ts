// The coalescing socket sends postgres.js's write past 1 KiB and its deferred rest in one
// writev, and leaves every other write as it was. Real TCP sockets on loopback; the socket's
// own _write/_writev are observed to count what reaches the kernel as separate writes.
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { coalesceWrites, connectCoalesced } from "../../../supabase/local/coalescing-socket";

type Flushes = number[][];

/** Records each write the socket hands to its handle, as the sizes of the chunks in it. */
function observe(socket: net.Socket): Flushes {
  const flushes: Flushes = [];
  const internals = socket as unknown as {
    _write: (chunk: Buffer, encoding: string, cb: () => void) => void;
    _writev: (chunks: { chunk: Buffer }[], cb: () => void) => void;
  };
  const single = internals._write.bind(socket);
  const many = internals._writev.bind(socket);
  internals._write = (chunk, encoding, cb) => {
    flushes.push([chunk.length]);
    single(chunk, encoding, cb);
  };
  internals._writev = (chunks, cb) => {
    flushes.push(chunks.map((entry) => entry.chunk.length));
    many(chunks, cb);
  };
  return flushes;
}

let server: net.Server | undefined;
let received = 0;

async function listen(): Promise<number> {
  received = 0;
  server = net.createServer((connection) => {
    connection.on("data", (data) => {
      received += data.length;
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return (server.address() as net.AddressInfo).port;
}

async function connected(socket: net.Socket): Promise<net.Socket> {
  await new Promise<void>((resolve) => socket.once("connect", resolve));
  return socket;
}

/** postgres.js's pattern: a pipeline past 1 KiB written at once, the rest on setImmediate. */
async function pipeline(socket: net.Socket): Promise<void> {
  socket.write(Buffer.alloc(1076, 1));
  await new Promise<void>((resolve) =>
    setImmediate(() => {
      socket.write(Buffer.alloc(12, 2));
      resolve();
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, 20));
}

async function stopServer(): Promise<void> {
  const running = server;
  server = undefined;
  if (running) {
    await new Promise((resolve) => running.close(resolve));
  }
}

afterEach(stopServer);

describe("coalescing socket", () => {
  it("sends a write past 1 KiB and the deferred rest as one writev, all bytes arriving", async () => {
    const port = await listen();
    const socket = await connected(connectCoalesced({ host: ["127.0.0.1"], port: [port] }));
    const flushes = observe(socket);
    await pipeline(socket);
    expect(flushes).toEqual([[1076, 12]]);
    expect(received).toBe(1088);
    socket.destroy();
  });

  it("a plain socket sends the same pipeline as two writes", async () => {
    const port = await listen();
    const socket = await connected(net.connect(port, "127.0.0.1"));
    const flushes = observe(socket);
    await pipeline(socket);
    expect(flushes).toEqual([[1076], [12]]);
    socket.destroy();
  });

  it("leaves writes under 1 KiB alone, and flushes a lone large write in the same turn", async () => {
    const port = await listen();
    const socket = await connected(coalesceWrites(net.connect(port, "127.0.0.1")));
    const flushes = observe(socket);
    socket.write(Buffer.alloc(100));
    expect(flushes).toEqual([[100]]);
    socket.write(Buffer.alloc(2000));
    expect(flushes).toEqual([[100]]);
    await new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));
    expect(flushes).toEqual([[100], [2000]]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(received).toBe(2100);
    socket.destroy();
  });

  it("a connection refused reaches the socket's error handler, as postgres.js's own socket", async () => {
    const port = await listen();
    await stopServer();
    const socket = connectCoalesced({ host: ["127.0.0.1"], port: [port] });
    const error = await new Promise<NodeJS.ErrnoException>((resolve) =>
      socket.once("error", resolve),
    );
    expect(error.code).toBe("ECONNREFUSED");
  });
});

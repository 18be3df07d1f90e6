// DuckDB answers asynchronously; an Apps Script call is synchronous. The
// bridge runs DuckDB in a worker thread and blocks the caller with
// Atomics.wait until the worker has posted its reply on a MessagePort, which
// receiveMessageOnPort then reads synchronously. Precomputing answers in the
// emulator's test API would not do: the add-on builds its SQL at run time.

import { createRequire } from "node:module";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";

export interface DuckReply {
  columns: string[];
  types: string[];
  /** Values as DuckDB's JSON conversion gives them (BIGINT as decimal strings). */
  rows: unknown[][];
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { DuckDBInstance } = require(workerData.duckdb);
let connection;
parentPort.on("message", async ({ sql, port, flag }) => {
  let reply;
  try {
    connection ??= await (await DuckDBInstance.create(":memory:")).connect();
    await connection.run("SET TimeZone = 'UTC'");
    const result = await connection.runAndReadAll(sql);
    reply = { ok: { columns: result.columnNames(), types: result.columnTypes().map(String), rows: result.getRowsJson() } };
  } catch (error) {
    reply = { error: String(error && error.message ? error.message : error) };
  }
  port.postMessage(reply);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
`;

export class DuckError extends Error {
  override name = "DuckError";
}

/** One in-memory DuckDB database per emulator, started on first use. */
export class DuckBridge {
  private worker: Worker | null = null;

  run(sql: string): DuckReply {
    if (!this.worker) {
      const duckdb = createRequire(import.meta.url).resolve("@duckdb/node-api");
      this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { duckdb } });
      // The worker must not keep a finished test process alive.
      this.worker.unref();
    }
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    this.worker.postMessage({ sql, port: port2, flag }, [port2]);
    if (Atomics.wait(flag, 0, 0, 120_000) === "timed-out") throw new DuckError("DuckDB did not answer within 120 s");
    const reply = receiveMessageOnPort(port1)?.message as { ok?: DuckReply; error?: string } | undefined;
    port1.close();
    if (!reply) throw new DuckError("DuckDB sent no reply");
    if (reply.error !== undefined) throw new DuckError(reply.error);
    return reply.ok as DuckReply;
  }

  close(): void {
    void this.worker?.terminate();
    this.worker = null;
  }
}

// The load generator of bench/api.ts, in a worker thread so the clients' fetch work does not run on the
// server's event loop. N clients each send the next operation of the mix, one request at a time, until
// `maxRequests` have been sent in all or `seconds` have passed; every answer is read in full and checked.
import { parentPort, workerData } from "node:worker_threads";

export interface LoadJob {
  url: string;
  bodies: { name: string; body: string }[];
  clients: number;
  maxRequests: number;
  seconds: number;
}

export interface LoadResult {
  sent: number;
  errors: number;
  firstError: string | null;
  seconds: number;
  /** Latency of every successful request, ms. */
  latencies: number[];
}

const REQUEST_TIMEOUT_MS = 30_000;

async function run(job: LoadJob): Promise<LoadResult> {
  const latencies: number[] = [];
  let sent = 0;
  let errors = 0;
  let firstError: string | null = null;
  const started = performance.now();
  const deadline = started + job.seconds * 1000;
  const client = async (offset: number) => {
    for (let i = offset; sent < job.maxRequests && performance.now() < deadline; i++) {
      sent++;
      const op = job.bodies[i % job.bodies.length];
      if (!op) return;
      const t = performance.now();
      try {
        const response = await fetch(job.url, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
          body: op.body,
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        const text = await response.text();
        if (!response.ok || text.includes('"errors"')) throw new Error(`${op.name}: HTTP ${response.status} ${text.slice(0, 200)}`);
        latencies.push(performance.now() - t);
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  // Each client starts at a different operation, so the mix is spread over the clients from the first request.
  await Promise.all(Array.from({ length: job.clients }, (_, c) => client(c)));
  return { sent, errors, firstError, seconds: (performance.now() - started) / 1000, latencies };
}

if (parentPort) {
  const port = parentPort;
  void run(workerData as LoadJob).then(
    (result) => port.postMessage(result),
    (error: unknown) => port.postMessage({ sent: 0, errors: 1, firstError: String(error), seconds: 0, latencies: [] } satisfies LoadResult),
  );
}

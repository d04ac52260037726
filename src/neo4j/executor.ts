// The one module that runs Cypher. Every statement goes through here: named statements from cypher/,
// read queries in read transactions (routable to cluster followers), writes in write transactions,
// sessions closed in `finally`, values converted to plain JS, errors mapped in one place.
import type { Driver, ManagedTransaction, QueryResult } from "neo4j-driver";
import { cypher } from "../cypher.js";
import { silentLogger, type Logger } from "../logger.js";
import { toNative } from "./convert.js";
import { mapNeo4jError } from "./errors.js";

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Called once per Cypher round trip; tests use it to prove batching. */
export type QueryObserver = (event: { name: string; mode: "read" | "write"; ms: number; rows: number }) => void;

export interface ExecutorOptions {
  database?: string | undefined;
  logger?: Logger;
  queryTimeoutMs?: number;
  observers?: QueryObserver[];
}

/** What a write statement changed, from the driver's result summary (ingest reports these). */
export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

/** A transaction handed to writeTransaction callbacks: runs named statements inside one atomic unit. */
export interface TxRunner {
  run<T extends Row = Row>(name: string, params?: Params): Promise<T[]>;
  runText<T extends Row = Row>(text: string, params?: Params, label?: string): Promise<T[]>;
  /** Like run, plus the statement's update counters. */
  runCounted<T extends Row = Row>(name: string, params?: Params): Promise<{ rows: T[]; counters: WriteCounters }>;
}

export class CypherExecutor {
  private readonly observers: QueryObserver[];
  private readonly logger: Logger;

  constructor(
    readonly driver: Driver,
    private readonly options: ExecutorOptions = {},
  ) {
    this.observers = options.observers ?? [];
    this.logger = options.logger ?? silentLogger;
  }

  /** The same driver and settings with one more observer (a per-request counter, say). */
  withObserver(observer: QueryObserver): CypherExecutor {
    return new CypherExecutor(this.driver, { ...this.options, observers: [...this.observers, observer] });
  }

  /** Runs cypher/<name>.cypher in a read transaction. */
  read<T extends Row = Row>(name: string, params: Params = {}): Promise<T[]> {
    return this.execute<T>("read", name, cypher(name), params);
  }

  /** Runs cypher/<name>.cypher in a write transaction. */
  write<T extends Row = Row>(name: string, params: Params = {}): Promise<T[]> {
    return this.execute<T>("write", name, cypher(name), params);
  }

  /** For statements too small to deserve a file (schema checks, `RETURN 1`); never build `text` from input. */
  readText<T extends Row = Row>(text: string, params: Params = {}, label = "inline"): Promise<T[]> {
    return this.execute<T>("read", label, text, params);
  }

  writeText<T extends Row = Row>(text: string, params: Params = {}, label = "inline"): Promise<T[]> {
    return this.execute<T>("write", label, text, params);
  }

  /** Several statements in one write transaction: all of them land, or none (the driver retries transient failures). */
  async writeTransaction<R>(work: (tx: TxRunner) => Promise<R>, label = "transaction"): Promise<R> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: "WRITE" });
    try {
      return await session.executeWrite((tx) => work(this.txRunner(tx)), this.txConfig(label));
    } catch (error) {
      this.logger.error("cypher transaction failed", { label, error });
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  private txRunner(tx: ManagedTransaction): TxRunner {
    const runText = async <T extends Row>(text: string, params: Params = {}, label = "inline") => {
      const started = performance.now();
      const result = await tx.run(text, params);
      return this.finish<T>(label, "write", started, result);
    };
    const runCounted = async <T extends Row>(name: string, params: Params = {}) => {
      const started = performance.now();
      const result = await tx.run(cypher(name), params);
      const updates = result.summary.counters.updates();
      const counters: WriteCounters = {
        nodesCreated: updates.nodesCreated,
        nodesDeleted: updates.nodesDeleted,
        relationshipsCreated: updates.relationshipsCreated,
        relationshipsDeleted: updates.relationshipsDeleted,
      };
      return { rows: this.finish<T>(name, "write", started, result), counters };
    };
    return {
      run: <T extends Row>(name: string, params?: Params) => runText<T>(cypher(name), params, name),
      runText,
      runCounted,
    };
  }

  private async execute<T extends Row>(mode: "read" | "write", name: string, text: string, params: Params): Promise<T[]> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode === "read" ? "READ" : "WRITE" });
    const started = performance.now();
    try {
      const work = (tx: ManagedTransaction) => tx.run(text, params);
      const result = mode === "read" ? await session.executeRead(work, this.txConfig(name)) : await session.executeWrite(work, this.txConfig(name));
      return this.finish<T>(name, mode, started, result);
    } catch (error) {
      this.logger.error("cypher failed", { query: name, mode, error });
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  private finish<T extends Row>(name: string, mode: "read" | "write", started: number, result: QueryResult): T[] {
    const rows = result.records.map((record) => toNative(record.toObject()) as T);
    const ms = performance.now() - started;
    this.logger.debug("cypher", { query: name, mode, ms: Math.round(ms * 10) / 10, rows: rows.length });
    for (const observe of this.observers) observe({ name, mode, ms, rows: rows.length });
    return rows;
  }

  private txConfig(name: string) {
    return {
      timeout: this.options.queryTimeoutMs,
      metadata: { app: "treaty-graph", query: name },
    };
  }
}

// BigQuery.Jobs of the advanced BigQuery service (v2), served by DuckDB.
// Apps Script passes the API's error through as "API call to
// bigquery.jobs.<verb> failed with error: <BigQuery's message>".

import { Facade, instrument } from "../facade";
import type { World } from "../world";
import type { DuckReply } from "./duckdb-bridge";
import { DuckError } from "./duckdb-bridge";
import type { BigQueryModel, Job } from "./bigquery-model";
import { position, tokenize, toDuckDb, type Token } from "./bigquery-sql";
import { bigQueryMessages } from "./messages";
import { typeMismatch } from "./type-check";

export interface QueryRequest {
  query: string;
  useLegacySql?: boolean;
  dryRun?: boolean;
  maxResults?: number;
  timeoutMs?: number;
  location?: string;
}

interface TableCell {
  v: string | null;
}

export interface QueryResponse {
  kind: "bigquery#queryResponse" | "bigquery#getQueryResultsResponse";
  jobReference: { projectId: string; jobId?: string; location: string };
  jobComplete: boolean;
  totalBytesProcessed: string;
  cacheHit?: boolean;
  schema?: { fields: { name: string; type: string; mode: string }[] };
  totalRows?: string;
  rows?: { f: TableCell[] }[];
  pageToken?: string;
}

/** Apps Script's default wait for jobs.query and getQueryResults is BigQuery's: 10 s. */
const DEFAULT_TIMEOUT_MS = 10_000;

function schemaType(duckType: string): string {
  if (/INT/.test(duckType)) return "INTEGER";
  if (/DOUBLE|FLOAT|DECIMAL/.test(duckType)) return "FLOAT";
  if (duckType === "BOOLEAN") return "BOOLEAN";
  if (/TIMESTAMP/.test(duckType)) return "TIMESTAMP";
  if (duckType === "DATE") return "DATE";
  return "STRING";
}

export class BigQueryJobs extends Facade {
  constructor(
    w: World,
    private readonly _bq: BigQueryModel,
  ) {
    super(w);
  }
  _fail(verb: string, message: string): Error {
    return this._w.error(`API call to bigquery.jobs.${verb} failed with error: ${message}`);
  }

  query(request: QueryRequest, projectId: string): QueryResponse {
    const sql = String(request?.query ?? "");
    const project = String(projectId ?? "");
    if (!sql.trim()) throw this._fail("query", bigQueryMessages.emptyQuery);
    if (this._bq.deniedProjects.has(project)) throw this._fail("query", bigQueryMessages.accessDenied(project));
    const tokens = tokenize(sql);
    // jobs.query defaults to legacy SQL, which has no backtick project.dataset.table names.
    if (request.useLegacySql !== false) {
      const named = tokens.find((t) => t.kind === "name");
      if (named) throw this._fail("query", bigQueryMessages.legacyTableName(named.text));
    }
    const tables = this._tables(tokens);
    const duckSql = toDuckDb(tokens, (name) => (this._bq.tables.has(name) ? this._bq.duckName(name) : null));
    const bytes = this._bytes(tokens, tables);
    const mismatch = typeMismatch(
      tokens,
      tables.flatMap((name) => this._bq.tables.get(name)?.fields ?? []),
    );
    if (mismatch) throw this._fail("query", `${mismatch.message} at ${position(sql, mismatch.at)}`);
    const location = request.location ?? "US";
    if (request.dryRun) {
      this._run(`EXPLAIN ${duckSql}`, tokens, sql);
      return {
        kind: "bigquery#queryResponse",
        jobReference: { projectId: project, location },
        jobComplete: true,
        totalBytesProcessed: String(bytes),
      };
    }
    if (this._bq.quotaExceeded) throw this._fail("query", bigQueryMessages.quotaExceeded);
    const reply = this._run(duckSql, tokens, sql);
    const job: Job = {
      jobId: this._bq.newJobId(),
      projectId: project,
      query: sql,
      reply,
      totalBytesProcessed: bytes,
      remainingMs: this._bq.jobDurationMs,
    };
    this._bq.jobs.set(job.jobId, job);
    return this._answer("bigquery#queryResponse", job, location, request.timeoutMs, request.maxResults, undefined);
  }

  getQueryResults(
    projectId: string,
    jobId: string,
    optionalArgs?: { pageToken?: string; maxResults?: number; timeoutMs?: number; location?: string },
  ): QueryResponse {
    const job = this._bq.jobs.get(String(jobId));
    if (!job || job.projectId !== String(projectId)) {
      throw this._fail("getQueryResults", bigQueryMessages.jobNotFound(String(projectId), optionalArgs?.location ?? "US", String(jobId)));
    }
    return this._answer(
      "bigquery#getQueryResultsResponse",
      job,
      optionalArgs?.location ?? "US",
      optionalArgs?.timeoutMs,
      optionalArgs?.maxResults,
      optionalArgs?.pageToken,
    );
  }

  /** Waits up to timeoutMs of virtual time for the job; a finished job answers with one page of rows. */
  _answer(
    kind: QueryResponse["kind"],
    job: Job,
    location: string,
    timeoutMs?: number,
    maxResults?: number,
    pageToken?: string,
  ): QueryResponse {
    const waitMs = Math.min(job.remainingMs, timeoutMs ?? DEFAULT_TIMEOUT_MS);
    if (waitMs > 0) {
      job.remainingMs -= waitMs;
      this._w.charge(waitMs);
    }
    const base = {
      kind,
      jobReference: { projectId: job.projectId, jobId: job.jobId, location },
      totalBytesProcessed: String(job.totalBytesProcessed),
    };
    if (job.remainingMs > 0) return { ...base, jobComplete: false };
    const start = pageToken === undefined ? 0 : Number(pageToken);
    if (!Number.isInteger(start) || start < 0 || start > job.reply.rows.length) {
      throw this._fail("getQueryResults", bigQueryMessages.invalidPageToken(String(pageToken)));
    }
    const end = maxResults && maxResults > 0 ? Math.min(job.reply.rows.length, start + maxResults) : job.reply.rows.length;
    return {
      ...base,
      jobComplete: true,
      cacheHit: false,
      schema: { fields: job.reply.columns.map((name, i) => ({ name, type: schemaType(job.reply.types[i] ?? ""), mode: "NULLABLE" })) },
      totalRows: String(job.reply.rows.length),
      rows: job.reply.rows.slice(start, end).map((row) => ({ f: row.map((v) => ({ v: v === null ? null : String(v) })) })),
      ...(end < job.reply.rows.length ? { pageToken: String(end) } : {}),
    };
  }

  /** Tables named `project.dataset.table`; a missing one is BigQuery's 404. */
  _tables(tokens: readonly Token[]): string[] {
    const names = tokens.filter((t) => t.kind === "name" && t.text.split(".").length === 3).map((t) => t.text);
    for (const name of names) {
      if (!this._bq.tables.has(name)) {
        const [project, dataset, table] = name.split(".");
        throw this._fail("query", bigQueryMessages.tableNotFound(project as string, dataset as string, table as string));
      }
    }
    return [...new Set(names)];
  }

  /** Bytes processed: the full size of every column the query names, in each table it reads (BigQuery bills whole columns). */
  _bytes(tokens: readonly Token[], tables: readonly string[]): number {
    const named = new Set(tokens.filter((t) => t.kind === "name" || t.kind === "word").map((t) => t.text.toLowerCase()));
    let total = 0;
    for (const name of tables) {
      const table = this._bq.tables.get(name);
      for (const [column, bytes] of table?.bytes ?? []) if (named.has(column)) total += bytes;
    }
    return total;
  }

  _run(duckSql: string, tokens: readonly Token[], sql: string): DuckReply {
    try {
      return this._bq.run(duckSql);
    } catch (error) {
      if (!(error instanceof DuckError)) throw error;
      throw this._fail(
        "query",
        bigQueryMessages.fromDuckDb(error.message, (name) => {
          const at = tokens.find((t) => (t.kind === "name" || t.kind === "word") && t.text.toLowerCase() === name.toLowerCase())?.at ?? 0;
          return position(sql, at);
        }),
      );
    }
  }
}
instrument(BigQueryJobs, "BigQuery.Jobs");

export function makeAdvancedBigQuery(w: World, bq: BigQueryModel) {
  return { Jobs: new BigQueryJobs(w, bq) };
}

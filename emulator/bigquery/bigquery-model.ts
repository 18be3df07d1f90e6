// BigQuery's state in the emulator: tables a test loads into DuckDB, the
// projects that deny the user, the query quota, and the jobs run so far.

import { DuckBridge, type DuckReply } from "./duckdb-bridge";
import { DUCKDB_MACROS } from "./bigquery-sql";

export type FieldType = "STRING" | "INT64" | "INTEGER" | "FLOAT64" | "FLOAT" | "BOOL" | "BOOLEAN" | "DATE" | "TIMESTAMP";

export interface FieldSchema {
  name: string;
  type: FieldType;
  mode?: "NULLABLE" | "REQUIRED" | "REPEATED";
}

export interface LoadedTable {
  /** project.dataset.table */
  fullName: string;
  fields: FieldSchema[];
  /** Logical bytes per column, as BigQuery bills them. */
  bytes: Map<string, number>;
}

export interface Job {
  jobId: string;
  projectId: string;
  query: string;
  reply: DuckReply;
  totalBytesProcessed: number;
  /** Virtual milliseconds the job still needs before it completes. */
  remainingMs: number;
}

const DUCK_TYPES: Record<FieldType, string> = {
  STRING: "VARCHAR",
  INT64: "BIGINT",
  INTEGER: "BIGINT",
  FLOAT64: "DOUBLE",
  FLOAT: "DOUBLE",
  BOOL: "BOOLEAN",
  BOOLEAN: "BOOLEAN",
  DATE: "DATE",
  TIMESTAMP: "TIMESTAMPTZ",
};

/** BigQuery's logical sizes (data-types pricing table): 8 bytes for numbers, dates and timestamps, 1 for BOOL, 2 + UTF-8 bytes for STRING. */
function valueBytes(type: FieldType, value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (type === "STRING") return 2 + Buffer.byteLength(String(value), "utf8");
  if (type === "BOOL" || type === "BOOLEAN") return 1;
  return 8;
}

function literal(type: FieldType, value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (value instanceof Date) return `'${value.toISOString()}'::${DUCK_TYPES[type]}`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return `'${String(value).replace(/'/g, "''")}'::${DUCK_TYPES[type]}`;
}

export class BigQueryModel {
  readonly duck = new DuckBridge();
  readonly tables = new Map<string, LoadedTable>();
  readonly deniedProjects = new Set<string>();
  quotaExceeded = false;
  /** How long each new query job runs (virtual ms) before it completes. */
  jobDurationMs = 0;
  readonly jobs = new Map<string, Job>();
  private ready = false;
  private jobSeq = 0;

  run(sql: string): DuckReply {
    if (!this.ready) {
      for (const macro of DUCKDB_MACROS) this.duck.run(macro);
      this.ready = true;
    }
    return this.duck.run(sql);
  }

  duckName(fullName: string): string {
    return `"${fullName.replace(/"/g, '""')}"`;
  }

  loadTable(fullName: string, rows: readonly Record<string, unknown>[], fields: readonly FieldSchema[]): void {
    if (fullName.split(".").length !== 3) throw new Error(`loadTable: name "${fullName}" must be project.dataset.table`);
    const columns = fields.map((f) => `"${f.name}" ${DUCK_TYPES[f.type]}${f.mode === "REPEATED" ? "[]" : ""}`);
    this.run(`CREATE OR REPLACE TABLE ${this.duckName(fullName)} (${columns.join(", ")})`);
    const bytes = new Map(fields.map((f) => [f.name.toLowerCase(), 0]));
    const values = rows.map((row) => {
      const cells = fields.map((f) => {
        const value = row[f.name];
        if (f.mode === "REPEATED") {
          const items = Array.isArray(value) ? value : [];
          bytes.set(f.name.toLowerCase(), (bytes.get(f.name.toLowerCase()) ?? 0) + items.reduce((n, v) => n + valueBytes(f.type, v), 0));
          return `[${items.map((v) => literal(f.type, v)).join(", ")}]::${DUCK_TYPES[f.type]}[]`;
        }
        bytes.set(f.name.toLowerCase(), (bytes.get(f.name.toLowerCase()) ?? 0) + valueBytes(f.type, value));
        return literal(f.type, value);
      });
      return `(${cells.join(", ")})`;
    });
    for (let i = 0; i < values.length; i += 1000) {
      this.run(`INSERT INTO ${this.duckName(fullName)} VALUES ${values.slice(i, i + 1000).join(", ")}`);
    }
    this.tables.set(fullName, { fullName, fields: fields.map((f) => ({ ...f })), bytes });
  }

  dropTable(fullName: string): void {
    if (this.tables.delete(fullName)) this.run(`DROP TABLE ${this.duckName(fullName)}`);
  }

  newJobId(): string {
    this.jobSeq += 1;
    return `job_emulator_${String(this.jobSeq).padStart(6, "0")}`;
  }
}

// The only code that calls BigQuery: the advanced BigQuery service's
// Jobs.query (a dry run, then the scan) and Jobs.getQueryResults (the wait
// and the result pages). BigQuery's own message is kept; Apps Script's
// "API call to bigquery.jobs.query failed with error:" prefix is not.

import { AddOnError, isAddOnError } from "../domain/errors";
import { DEFAULT_RETRY_LIMIT } from "../domain/schema/plan-inputs";
import { retried } from "../platform/service-retry";

/** The narrowest scope BigQuery's jobs.query accepts (v2 discovery document). */
export const BIGQUERY_SCOPE = "https://www.googleapis.com/auth/cloud-platform.read-only";

export type WarehouseProblem = "table" | "column" | "type" | "permission" | "quota" | "scope" | "timeout" | "other";

export class WarehouseError extends Error {
  override name = "WarehouseError";
  constructor(
    readonly problem: WarehouseProblem,
    /** BigQuery's words, without Apps Script's wrapper. */
    readonly bigQueryMessage: string,
  ) {
    super(bigQueryMessage);
  }
}

interface Cell {
  v: string | null;
}
interface QueryResponse {
  jobReference?: { jobId?: string; location?: string };
  jobComplete?: boolean;
  totalBytesProcessed?: string;
  schema?: { fields: { name: string }[] };
  rows?: { f: Cell[] }[];
  pageToken?: string;
}
interface JobsV2 {
  query(request: object, projectId: string): QueryResponse;
  getQueryResults(projectId: string, jobId: string, optionalArgs?: object): QueryResponse;
}
declare const BigQuery: { Jobs: JobsV2 } | undefined;

function jobs(): JobsV2 {
  if (typeof BigQuery === "undefined" || !BigQuery?.Jobs) {
    throw new Error(
      "The BigQuery advanced service is not enabled for this script: add it in appsscript.json (dependencies.enabledAdvancedServices).",
    );
  }
  return BigQuery.Jobs;
}

const WRAPPER = /^API call to bigquery\.jobs\.\w+ failed with error:\s*/;

/** Sorts BigQuery's refusal by its documented wording; anything else (a Sheets or budget error) passes through. */
function classified(error: unknown): unknown {
  const text = error instanceof Error ? error.message : String(error);
  if (!WRAPPER.test(text)) return error;
  const message = text.replace(WRAPPER, "");
  const problem: WarehouseProblem = /^Not found: (Table|Dataset)/.test(message)
    ? "table"
    : /^Unrecognized name:/.test(message)
      ? "column"
      : /^No matching signature/.test(message)
        ? "type"
        : /^(Access Denied|Permission denied)/.test(message)
          ? "permission"
          : /^Quota exceeded/.test(message)
            ? "quota"
            : /insufficient authentication scopes/.test(message)
              ? "scope"
              : "other";
  return new WarehouseError(problem, message);
}

/** BigQuery's words for a failure on its side that a later try may not meet (its backendError, internalError, rateLimitExceeded). */
const TRANSIENT =
  /^(Backend Error|An internal error|Internal Error|Exceeded rate limits|Service Unavailable|The service is currently unavailable)/i;

/**
 * Each call is tried 1 + retry limit times with the add-on's backoff when it
 * fails on Google's side (Apps Script's "server error", BigQuery's backend
 * errors and rate limits): all three are reads, and BigQuery documents a
 * read-only query as safe to repeat. A refusal a retry cannot change (no
 * such table, no permission, quota) goes to the caller at once.
 */
function call<T>(what: string, run: () => T): T {
  try {
    return retried(
      () => {
        try {
          return run();
        } catch (error) {
          throw classified(error);
        }
      },
      DEFAULT_RETRY_LIMIT,
      transient,
    );
  } catch (failure) {
    if (!transient(failure)) throw failure;
    throw new AddOnError("SERVICE_UNAVAILABLE", `BigQuery did not answer ${what} after ${DEFAULT_RETRY_LIMIT + 1} tries.`);
  }
}

const transient = (failure: unknown): boolean =>
  failure instanceof WarehouseError ? failure.problem === "other" && TRANSIENT.test(failure.bigQueryMessage) : !isAddOnError(failure);

/** Bytes the query would process; BigQuery also checks the table, its columns and their types here. */
export function dryRunBytes(sql: string, billingProject: string): number {
  const response = call("the dry run", () => jobs().query({ query: sql, useLegacySql: false, dryRun: true }, billingProject));
  return Number(response.totalBytesProcessed ?? 0);
}

export interface ScanRun {
  jobId: string;
  bytes: number;
  /** The rows by column name; BigQuery returns every value as text (or null). */
  rows: Record<string, string | null>[];
}

/** Each wait asks BigQuery to hold the call this long; Apps Script's 6-minute run must keep room for the rest. */
const WAIT_MS = 60_000;
const MAX_WAITS = 4;

export function runQuery(sql: string, billingProject: string): ScanRun {
  let response = call("the scan", () => jobs().query({ query: sql, useLegacySql: false, timeoutMs: WAIT_MS }, billingProject));
  const jobId = response.jobReference?.jobId ?? "";
  const location = response.jobReference?.location;
  const more = (pageToken?: string) =>
    call("the wait for the scan's results", () =>
      jobs().getQueryResults(billingProject, jobId, {
        timeoutMs: WAIT_MS,
        ...(location ? { location } : {}),
        ...(pageToken ? { pageToken } : {}),
      }),
    );
  for (let waits = 0; !response.jobComplete; waits++) {
    if (waits === MAX_WAITS) {
      throw new WarehouseError(
        "timeout",
        `Job ${jobId} was still running after ${(MAX_WAITS * WAIT_MS) / 60_000} minutes, too close to Apps Script's 6-minute limit.`,
      );
    }
    response = more();
  }
  const names = (response.schema?.fields ?? []).map((f) => f.name);
  const rows: Record<string, string | null>[] = [];
  for (let page: QueryResponse | null = response; page; page = page.pageToken ? more(page.pageToken) : null) {
    for (const row of page.rows ?? []) rows.push(Object.fromEntries(names.map((name, i) => [name, row.f[i]?.v ?? null])));
  }
  return { jobId, bytes: Number(response.totalBytesProcessed ?? 0), rows };
}

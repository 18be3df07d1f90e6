// BigQuery's error messages, as public reports quote them (sources in
// emulator/README.md). Where DuckDB's error has no BigQuery twin worth
// copying, the message says so rather than pretend to be Google's.

const DUCK_TO_BQ_TYPE: Record<string, string> = {
  VARCHAR: "STRING",
  BIGINT: "INT64",
  INTEGER: "INT64",
  INTEGER_LITERAL: "INT64",
  DOUBLE: "FLOAT64",
  DECIMAL: "FLOAT64",
  BOOLEAN: "BOOL",
  DATE: "DATE",
  "TIMESTAMP WITH TIME ZONE": "TIMESTAMP",
  TIMESTAMP: "TIMESTAMP",
  STRING_LITERAL: "STRING",
};

const bqType = (duck: string) => DUCK_TO_BQ_TYPE[duck.replace(/\(.*\)$/, "").trim()] ?? duck;

export const bigQueryMessages = {
  emptyQuery: "Query text is empty.",
  tableNotFound: (project: string, dataset: string, table: string) =>
    `Not found: Table ${project}:${dataset}.${table} was not found in location US`,
  accessDenied: (project: string) =>
    `Access Denied: Project ${project}: User does not have bigquery.jobs.create permission in project ${project}.`,
  quotaExceeded:
    "Quota exceeded: Your project exceeded quota for free query bytes scanned. For more information, see https://cloud.google.com/bigquery/docs/troubleshoot-quotas",
  jobNotFound: (project: string, location: string, jobId: string) => `Not found: Job ${project}:${location}.${jobId}`,
  invalidPageToken: (token: string) => `Invalid page token: ${token}`,
  legacyTableName: (name: string) =>
    `Invalid table name: \`${name}\` [Try using standard SQL (https://cloud.google.com/bigquery/docs/reference/standard-sql/enabling-standard-sql)].`,
  fromDuckDb(message: string, positionOf: (name: string) => string): string {
    const column = /Referenced column "([^"]+)" not found/.exec(message);
    if (column) return `Unrecognized name: ${column[1]} at ${positionOf(column[1] as string)}`;
    const compare = /Cannot compare values of type (.+?) and type (.+?)(?: -|$)/m.exec(message);
    if (compare) {
      return `No matching signature for operator = for argument types: ${bqType(compare[1] as string)}, ${bqType(compare[2] as string)}. Supported signature: ANY = ANY`;
    }
    const call = /No function matches the given name and argument types '(\w+)\(([^)]*)\)'/.exec(message);
    if (call) {
      const types = (call[2] as string).split(",").map((t) => bqType(t.trim()));
      return `No matching signature for function ${(call[1] as string).toUpperCase()} for argument types: ${types.join(", ")}`;
    }
    return `Query error (emulator, DuckDB): ${message.split("\n")[0]}`;
  },
};

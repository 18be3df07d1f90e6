import * as z from "zod/mini";
import { WarehouseEstimateInput, WarehouseEstimateResult } from "./warehouse";
import { PlanStatus } from "../plan/plan-status";
import type { OperationName } from "../errors";
import { SHEETS, STAGES } from "../schema/workbook";
import { Change } from "../plan/plan-document";
import { ApprovalsReport, ApproveInput, ApproveResult } from "./approvals";
import { CheckSetupResult } from "./check-setup";
import { ChangedSinceExport, Escalation, LastExport, Reminders } from "./collaboration";
import { PreviewReport, ProfileSqlReport, WhereUsed } from "./insight";
import { SetupInput } from "./setup-input";
import { DEFAULT_SHEET } from "../workbook/default-sheet";
import { Finding } from "../validation/finding";
import { PlanMetrics, ValidationSummary } from "../validation/report-schema";

export { Finding, PlanMetrics, SetupInput, ValidationSummary };

const SheetName = z.enum(SHEETS.map((sheet) => sheet.name) as [string, ...string[]], {
  error: (issue) => `There is no sheet called ${JSON.stringify(issue.input)} in this plan.`,
});

export const StageStatus = z.object({
  stage: z.enum(STAGES),
  sheet: z.string(),
  exists: z.boolean(),
  rows: z.int(),
});

export const PlanSummary = z.object({
  planId: z.nullable(z.string()),
  initiative: z.nullable(z.string()),
  channels: z.array(z.string()),
  pattern: z.nullable(z.string()),
});

export const Status = z.object({
  setUp: z.boolean(),
  lastValidation: z.nullable(z.object({ at: z.string(), summary: ValidationSummary })),
  lastExport: z.nullable(LastExport),
  changedSinceExport: ChangedSinceExport,
  escalations: z.array(Escalation),
  reminders: Reminders,
  plan: PlanSummary,
  stages: z.array(StageStatus),
  missingSheets: z.array(z.string()),
  /** The Attribute IDs on 2 Attributes and the Profile IDs on 3 Profiles, in row order: the sidebar's pick lists. */
  attributeIds: z.array(z.string()),
  profileIds: z.array(z.string()),
});
export type Status = z.output<typeof Status>;

/** The status with the stamp refreshStatus compares; a reply that carries it spares the sidebar asking again. */
export const StatusRefresh = z.object({ stamp: z.string(), status: Status });
export type StatusRefresh = z.output<typeof StatusRefresh>;

/** Null when the status could not be read after the operation: it happened all the same, and the sidebar asks for it. */
const Refreshed = z.nullable(StatusRefresh);

export const ValidationReport = z.object({
  /** At most 200 per sheet, errors first; every finding is marked on its cell. */
  findings: z.array(Finding),
  /** Findings marked on the sheets but not listed here. */
  omittedFindings: z.int(),
  /** Open escalations after this run, and those this run resolved. */
  escalations: z.array(Escalation),
  metrics: PlanMetrics,
  summary: ValidationSummary,
  validatedAt: z.string(),
  /** Rows this run found deleted from or inserted into the stage sheets, now in the Change log. */
  rowsLogged: z._default(z.array(z.object({ sheet: z.string(), rowKey: z.string(), deleted: z.boolean() })), []),
  refreshed: Refreshed,
});
export type ValidationReport = z.output<typeof ValidationReport>;

export const SetupResult = z.object({
  planId: z.nullable(z.string()),
  created: z.array(z.string()),
  upgraded: z.array(z.object({ sheet: z.string(), addedColumns: z.array(z.string()) })),
  skipped: z.array(z.object({ sheet: z.string(), reason: z.string() })),
  /** The empty default sheet (Sheet1) of a spreadsheet this run started a plan in: offered for removal. */
  emptySheet: z.nullable(z.literal(DEFAULT_SHEET)),
  refreshed: Refreshed,
});
export type SetupResult = z.output<typeof SetupResult>;

export const CellRef = z.object({
  sheet: SheetName,
  row: z.int({ error: "Row must be a whole number." }).check(z.minimum(1, { error: "Row must be 1 or more." })),
  column: z.string({ error: "Column must be a header label." }),
});

export const ExportResult = z.object({
  fileId: z.string(),
  name: z.string(),
  url: z.string(),
  version: z.int(),
  status: PlanStatus,
  contentHash: z.string(),
  folderUrl: z.string(),
  docUrl: z.string(),
  finalCopy: z.nullable(z.object({ name: z.string(), url: z.string() })),
  changes: z.array(Change),
  refreshed: Refreshed,
});
export type ExportResult = z.output<typeof ExportResult>;

export const ImportSource = z.union(
  [
    z.object({ fileId: z.string().check(z.minLength(1, { error: "fileId must name a Drive file." })) }),
    z.object({ json: z.string({ error: "json must be the text of a plan file." }) }),
  ],
  { error: "Import needs { fileId } (a Drive file) or { json } (the text of a plan file)." },
);

export const ImportResult = z.object({
  planId: z.string(),
  version: z.int(),
  restored: z.array(z.object({ sheet: z.string(), rows: z.int() })),
  /** The workbook after the import, so the sidebar needs no second call. */
  refreshed: Refreshed,
});
export type ImportResult = z.output<typeof ImportResult>;

/**
 * The sidebar API: one entry per method, its input and output schemas. The
 * server parses every input with these, the build emits one global function
 * per entry, and the sidebar's client is typed from them.
 * `operation` names the method in failure messages ("Import did not finish: …").
 */
export const contract = {
  getStatus: { operation: "Status", input: z.undefined(), output: Status },
  /** The status only if it changed since `stamp` (two service calls when it did not). */
  refreshStatus: {
    operation: "Status",
    input: z.optional(z.object({ stamp: z.optional(z.string({ error: "stamp must be text from an earlier refreshStatus." })) })),
    output: z.object({ stamp: z.string(), status: z.nullable(Status) }),
  },
  setupSheets: { operation: "Set up sheets", input: SetupInput, output: SetupResult },
  openSheet: { operation: "Open sheet", input: z.object({ sheet: SheetName }), output: z.object({ sheet: z.string() }) },
  validatePlan: { operation: "Validate", input: z.undefined(), output: ValidationReport },
  selectCell: { operation: "Select cell", input: CellRef, output: z.object({ a1: z.string() }) },
  exportPlan: {
    operation: "Export",
    input: z.optional(z.object({ finalize: z.optional(z.boolean({ error: "finalize must be true or false." })) })),
    output: ExportResult,
  },
  importPlan: { operation: "Import", input: ImportSource, output: ImportResult },
  previewAudiences: { operation: "Audience preview", input: z.undefined(), output: PreviewReport },
  getProfileSql: {
    operation: "Profile SQL",
    input: z.object({ profileId: z.string({ error: "profileId must name a profile." }) }),
    output: ProfileSqlReport,
  },
  whereUsed: {
    operation: "Where used",
    input: z.optional(z.object({ attributeId: z.optional(z.string({ error: "attributeId must name an attribute." })) })),
    output: WhereUsed,
  },
  setReminders: {
    operation: "Reminders",
    input: z.object({ enabled: z.boolean({ error: "enabled must be true or false." }) }),
    output: Reminders,
  },
  checkSetup: { operation: "Check set-up", input: z.undefined(), output: CheckSetupResult },
  estimateOnWarehouse: { operation: "Estimate on warehouse", input: WarehouseEstimateInput, output: WarehouseEstimateResult },
  getApprovals: { operation: "Approvals", input: z.undefined(), output: ApprovalsReport },
  approve: { operation: "Approve", input: ApproveInput, output: ApproveResult },
  /** Deletes the empty default sheet Set up sheets offered; refused if anything is in it by now. */
  removeEmptySheet: {
    operation: "Remove empty sheet",
    input: z.object({
      sheet: z.literal(DEFAULT_SHEET, { error: `Only the empty default sheet, ${DEFAULT_SHEET}, can be removed this way.` }),
    }),
    output: z.object({ removed: z.string() }),
  },
} as const satisfies Record<string, { operation: OperationName; input: z.ZodMiniType; output: z.ZodMiniType }>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]["input"]>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]["output"]>;

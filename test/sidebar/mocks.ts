import type { SetupResult, Status, ValidationReport } from "../../src/domain/api/contract";
import type { Finding } from "../../sidebar/api/types";

/** Builders with defaults (mockXxx({ ...overrides })): each test names only the fields it is about. */
export const mockStatus = (overrides: Partial<Status> = {}, plan: Partial<Status["plan"]> = {}): Status => ({
  setUp: true,
  lastValidation: null,
  lastExport: null,
  changedSinceExport: { changed: false, sheets: [], edits: 0, since: null },
  escalations: [],
  reminders: { enabled: false, lastRunAt: null },
  plan: { planId: "plg-onboarding-7f3a", initiative: "PLG Onboarding", channels: ["web", "email"], pattern: "diamond", ...plan },
  stages: [],
  missingSheets: [],
  attributeIds: [],
  profileIds: [],
  ...overrides,
});

export const mockSetupResult = (overrides: Partial<SetupResult> = {}): SetupResult => ({
  planId: "plg-onboarding-7f3a",
  created: [],
  upgraded: [],
  skipped: [],
  emptySheet: null,
  refreshed: { stamp: "s1", status: mockStatus() },
  ...overrides,
});

export const mockFinding = (overrides: Partial<Finding> = {}): Finding => ({
  code: "SCHEMA",
  severity: "error",
  sheet: "2 Attributes",
  row: 2,
  column: "Type",
  message: "Type must be one of string, number.",
  ...overrides,
});

export const mockEscalation = (overrides: Partial<Status["escalations"][number]> = {}): Status["escalations"][number] => ({
  id: "CONSENT_MISSING:new-free-users:email",
  code: "CONSENT_MISSING",
  item: "new-free-users → email (signup_date)",
  sheet: "4 Activation",
  row: 3,
  column: "Consent purpose",
  rung: 1,
  role: "Personalization Architect",
  owner: "ana@example.com",
  ownerIsFallback: false,
  coveredBy: null,
  climbedAt: "2026-06-02T09:00:00Z",
  told: ["ana@example.com"],
  resolutionTold: [],
  owed: [],
  reason: "Seen in 2 validation runs.",
  openedAt: "2026-06-01T09:00:00Z",
  updatedAt: "2026-06-02T09:00:00Z",
  seenRuns: 2,
  status: "open",
  resolvedAt: null,
  remediation: null,
  ...overrides,
});

export const mockReport = (overrides: Partial<ValidationReport> = {}): ValidationReport => ({
  findings: [],
  omittedFindings: 0,
  escalations: [],
  metrics: { attributeCoveragePct: 100, consentIntegrityPct: 88.9, activationReadinessPct: null, liftTargets: [] },
  summary: { errors: 0, warnings: 0, infos: 0, bySheet: {}, text: "No problems found." },
  validatedAt: "2026-06-02T10:00:00.000Z",
  rowsLogged: [],
  refreshed: null,
  ...overrides,
});

import { createHash } from "node:crypto";
import { buildPlan } from "../../../src/domain/plan/build-plan";
import type { PlanDocument } from "../../../src/domain/plan/plan-document";
import { validateWorkbook } from "../../../src/domain/validation";
import { exampleWorkbook, toRaw, type ExampleWorkbook } from "../../fixtures/example-workbook";

/** A plan built the way an export builds it, without Apps Script. */
export function planOf(example: ExampleWorkbook = exampleWorkbook(), previous: PlanDocument | null = null, version = 1): PlanDocument {
  return buildPlan(validateWorkbook(toRaw(example)), {
    version,
    status: "draft",
    exportedAt: "2026-11-25T10:00:00.000Z",
    exportedBy: "ana@example.com",
    previous,
    docUrls: {},
    digest: (text) => createHash("sha256").update(text).digest("hex"),
    document: (id) => `# ${id}`,
  });
}

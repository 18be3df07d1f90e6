import type { Finding } from "../validation/finding";

/**
 * A workbook missing sheets or columns (a SETUP finding) says nothing about
 * its blockers: such a run leaves the escalations as they were instead of
 * resolving them.
 */
export const judgesBlockers = (findings: readonly Finding[]): boolean => !findings.some((finding) => finding.code === "SETUP");

import type { GovernanceItem } from "../schema/governance";
import { attributesUsedBy } from "../validation/activation-facts";
import { COMPLIANCE_CODES, type Finding, type FindingCode } from "../validation/finding";
import type { ValidationResult } from "../validation/validate";

/** DESIGN section 4: compliance blockers escalate when seen twice, a missed coverage SLA at once. */
const COVERAGE_CODE: FindingCode = "COVERAGE_SLA";

export type GovernanceScope = NonNullable<GovernanceItem["scope"]>;

/** One thing that can escalate, identified the same way across runs whatever row it moves to. */
export interface Cause {
  id: string;
  code: FindingCode;
  /** The item in words, e.g. "new-free-users → email (signup_date)". */
  item: string;
  sheet: string;
  row: number;
  column: string;
  reason: string;
  /** Opens on its first sighting (coverage) rather than its second (compliance). */
  opensAtOnce: boolean;
  /** Where 5 Governance may name the item's Fallback owner, most specific first. */
  governance: { scope: GovernanceScope; ids: string[] }[];
}

/** The findings of one validation run that can escalate, one cause per item (first finding wins). */
export function escalationCauses(result: Pick<ValidationResult, "findings" | "context">): Cause[] {
  const causes = new Map<string, Cause>();
  for (const finding of result.findings) {
    const cause = COMPLIANCE_CODES.has(finding.code)
      ? activationCause(result, finding)
      : finding.code === COVERAGE_CODE
        ? coverageCause(result, finding)
        : null;
    if (cause && !causes.has(cause.id)) causes.set(cause.id, cause);
  }
  return [...causes.values()];
}

function activationCause({ context }: Pick<ValidationResult, "context">, finding: Finding): Cause {
  const row = context.workbook.activations.rows.find((entry) => entry.row === finding.row);
  const profileId = row?.values.profileId ?? "";
  const channel = row?.values.channel ?? "";
  // Each compliance message opens with "Attribute <id> ": matching it against the profile's real attributes keeps the ID exact.
  const attribute = attributesUsedBy(context, profileId).find((used) =>
    finding.message.startsWith(`Attribute ${used.values.attributeId} `),
  );
  const attributeId = attribute?.values.attributeId ?? "";
  const subject = profileId && channel ? `${profileId} → ${channel}` : `${finding.sheet} row ${finding.row}`;
  const sourceSystem = attribute?.values.sourceSystem;
  return {
    ...at(finding),
    id: `${finding.code}:${subject}:${attributeId}`,
    item: attributeId ? `${subject} (${attributeId})` : subject,
    opensAtOnce: false,
    governance: [
      { scope: "activation", ids: [`${profileId}/${channel}`, profileId].filter((id) => id && id !== "/") },
      { scope: "profile", ids: profileId ? [profileId] : [] },
      { scope: "attribute", ids: attributeId ? [attributeId] : [] },
      { scope: "source", ids: sourceSystem ? [sourceSystem] : [] },
    ],
  };
}

function coverageCause({ context }: Pick<ValidationResult, "context">, finding: Finding): Cause {
  const row = context.workbook.attributes.rows.find((entry) => entry.row === finding.row);
  const attributeId = row?.values.attributeId ?? `${finding.sheet} row ${finding.row}`;
  const sourceSystem = row?.values.sourceSystem;
  return {
    ...at(finding),
    id: `${finding.code}:${attributeId}`,
    item: attributeId,
    opensAtOnce: true,
    governance: [
      { scope: "attribute", ids: row?.values.attributeId ? [attributeId] : [] },
      { scope: "source", ids: sourceSystem ? [sourceSystem] : [] },
    ],
  };
}

const at = (finding: Finding) => ({
  code: finding.code,
  sheet: finding.sheet,
  row: finding.row,
  column: finding.column,
  reason: finding.message,
});

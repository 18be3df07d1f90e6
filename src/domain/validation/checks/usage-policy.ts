import { policyViolations } from "../../analysis/policy";
import { attributesUsedBy } from "../activation-facts";
import type { ValidationContext } from "../context";
import { finding, type Finding } from "../finding";
import { labelOf } from "../tables";

/**
 * USAGE_POLICY: a usage label on an attribute flows to every activation of
 * every profile that uses it (lineage); the policy table says which
 * channels' marketing actions each label forbids.
 */
export function checkUsagePolicy(context: ValidationContext): Finding[] {
  const table = context.workbook.activations;
  const result: Finding[] = [];
  for (const row of table.rows) {
    const { profileId, channel } = row.values;
    if (!channel) continue;
    for (const attribute of attributesUsedBy(context, profileId)) {
      const labels = attribute.values.usageLabels ?? [];
      for (const violation of policyViolations(labels, channel)) {
        result.push(
          finding(
            "USAGE_POLICY",
            { sheet: table.sheet, row: row.row, column: labelOf(table, "channel") },
            `Attribute ${attribute.values.attributeId} carries usage label ${violation.label} (${violation.rule}) and flows through profile ${profileId} into this ${channel} activation (${violation.action}). Remove ${attribute.values.attributeId} from the profile's logic, or activate the profile on another channel.`,
          ),
        );
      }
    }
  }
  return result;
}

import type { WhereUsed } from "../api/insight";
import { closestMatch, referencedAttributes } from "../logic";
import type { ValidationContext } from "../validation/context";

const FIELDS = ["eligibility", "suppression", "score"] as const;

/** The profiles, activations and channels that depend on an attribute (DESIGN section 8, Where used). */
export function whereUsed(context: ValidationContext, attributeId: string): WhereUsed {
  const attribute = context.attributes.get(attributeId);
  if (!attribute) {
    const suggestion = closestMatch(attributeId, context.attributes.keys());
    throw new Error(`No attribute "${attributeId}" in 2 Attributes.${suggestion ? ` Did you mean "${suggestion}"?` : ""}`);
  }
  const profiles: WhereUsed["profiles"] = [];
  for (const [profileId, logic] of context.logic) {
    if (!logic.references.has(attributeId)) continue;
    const fields = FIELDS.filter((field) => {
      const ast = logic[field];
      return ast ? referencedAttributes(ast).includes(attributeId) : (logic.row.values[field] ?? "").includes(attributeId);
    });
    profiles.push({ profileId, name: logic.row.values.name ?? null, fields });
  }
  const using = new Set(profiles.map((profile) => profile.profileId));
  const activations = context.workbook.activations.rows
    .filter((row) => row.values.profileId && using.has(row.values.profileId) && row.values.channel)
    .map(({ values }) => ({ profileId: values.profileId!, channel: values.channel!, destination: values.destination ?? null }));
  return {
    attributeId,
    displayName: attribute.values.displayName ?? null,
    profiles,
    activations,
    channels: [...new Set(activations.map((activation) => activation.channel))],
  };
}

import * as z from "zod/mini";
import type { Activation } from "../schema/activations";
import { attributesUsedBy, hasConsent, purposeOf } from "./activation-facts";
import { governedOwner } from "./checks/ownership";
import type { ValidationContext } from "./context";
import type { TableRow } from "./tables";

/** DESIGN section 1's activation checklist, ticked only where the workbook proves it. */
export const ActivationChecklist = z.object({
  consentVerified: z.boolean(),
  destinationMapped: z.boolean(),
  fallbackDefined: z.boolean(),
  ownerAssigned: z.boolean(),
  qaPassed: z.boolean(),
});
export type ActivationChecklist = z.output<typeof ActivationChecklist>;

export function activationChecklist(context: ValidationContext, row: TableRow<Activation>): ActivationChecklist {
  const activation = row.values;
  const purpose = purposeOf(activation);
  const logic = activation.profileId ? context.logic.get(activation.profileId) : undefined;
  const ids = activation.profileId && activation.channel ? [activation.profileId, `${activation.profileId}/${activation.channel}`] : [];
  return {
    consentVerified:
      !!logic?.eligibility &&
      !!purpose &&
      attributesUsedBy(context, activation.profileId).every((attribute) => hasConsent(attribute.values, purpose)),
    destinationMapped: !!activation.destination && !!activation.method && (activation.method === "manual" || !!activation.endpoint),
    fallbackDefined: !!activation.fallbackState,
    ownerAssigned: !!activation.owner || (ids.length > 0 && governedOwner(context, "activation", ids) !== null),
    qaPassed: activation.status === "ready" || activation.status === "live",
  };
}

export const isReady = (checklist: ActivationChecklist): boolean => Object.values(checklist).every(Boolean);

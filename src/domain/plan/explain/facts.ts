// What the explanation needs to know about attributes and profiles: plain
// rows as the Attributes and Profiles sheets hold them, already parsed.

import type { Node } from "../../logic";

export interface AttributeFacts {
  id: string;
  displayName: string | null;
  type: string;
  sourceSystem: string | null;
  sourceField: string | null;
  refreshCadence: string | null;
  freshnessSlaHours: number | null;
  coveragePct: number | null;
  coverageSlaPct: number | null;
  consentPurposes: string[];
  sensitivity: string | null;
  privacyNotes: string | null;
  owner: string | null;
  usageLabels: string[];
}

/** A profile row; the Nodes are null where the cell is blank or does not parse. */
export interface ProfileFacts {
  profileId: string;
  name: string | null;
  persona: string | null;
  lifecycleStage: string | null;
  eligibility: Node | null;
  suppression: Node | null;
  score: Node | null;
  scoreThreshold: number | null;
  decayWindow: string | null;
  priority: number | null;
  owner: string | null;
  status: string | null;
  eligibilityText: string | null;
  suppressionText: string | null;
  scoreText: string | null;
}

export type AttributeLookup = ReadonlyMap<string, AttributeFacts>;

/** The name a marketer knows: the Display name, else the ID spelled with spaces. */
export function attributeLabel(id: string, attributes: AttributeLookup): string {
  const name = attributes.get(id)?.displayName?.trim();
  return name ? name : id.replace(/_/g, " ");
}

/** True for date and timestamp attributes, whose ISO literals read best unquoted. */
export function isTemporalType(type: string | undefined): boolean {
  return type === "date" || type === "timestamp";
}

// The "attributes used" table: where each value comes from, how fresh and
// complete it is, and what it may be used for, for the privacy reviewer.

import type { AttributeFacts, AttributeLookup } from "./facts";
import { code, text } from "./inline";
import type { Inline } from "./inline";

export const ATTRIBUTE_TABLE_HEADER = [
  "Attribute",
  "Display name",
  "Source",
  "Refresh cadence",
  "Freshness SLA",
  "Coverage vs SLA",
  "Consent purposes",
  "Sensitivity",
  "Usage labels",
  "Privacy notes",
];

const NOT_IN_SHEET = "not in the Attributes sheet";

const NONE = "—";

const plain = (value: string | null): Inline[] => [text(value?.trim() ? value : NONE)];
const listed = (values: string[]): Inline[] => plain(values.join(", "));

function source(facts: AttributeFacts): Inline[] {
  const system = facts.sourceSystem?.trim();
  const field = facts.sourceField?.trim();
  if (system && field) return [text(`${system}, field `), code(field)];
  if (field) return [text("field "), code(field)];
  return plain(system ?? null);
}

function hours(value: number | null): Inline[] {
  return plain(value === null ? null : `${value} ${value === 1 ? "hour" : "hours"}`);
}

// Says whether coverage meets its SLA, because that is what triggers an escalation.
function coverage(actual: number | null, sla: number | null): Inline[] {
  if (actual === null && sla === null) return plain(null);
  if (actual === null) return [text(`not measured (SLA ${sla}%)`)];
  if (sla === null) return [text(`${actual}% (no SLA)`)];
  return [text(`${actual}% — ${actual >= sla ? "meets" : "below"} the ${sla}% SLA`)];
}

/** One row per referenced attribute, in the order given. */
export function attributeRows(referenced: string[], attributes: AttributeLookup): Inline[][][] {
  return referenced.map((id) => {
    const facts = attributes.get(id);
    if (facts === undefined) {
      return [[code(id)], [text(NOT_IN_SHEET)], ...ATTRIBUTE_TABLE_HEADER.slice(2).map(() => plain(null))];
    }
    return [
      [code(id)],
      plain(facts.displayName),
      source(facts),
      plain(facts.refreshCadence),
      hours(facts.freshnessSlaHours),
      coverage(facts.coveragePct, facts.coverageSlaPct),
      listed(facts.consentPurposes),
      plain(facts.sensitivity),
      listed(facts.usageLabels),
      plain(facts.privacyNotes),
    ];
  });
}

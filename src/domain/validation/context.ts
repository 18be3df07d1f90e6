import type { AttributeInfo } from "../logic";
import type { Attribute } from "../schema/attributes";
import type { Profile } from "../schema/profiles";
import type { Channel } from "../schema/vocabulary";
import type { Finding } from "./finding";
import { analyzeProfiles, type ProfileLogic } from "./profile-logic";
import type { TableRow } from "./tables";
import type { ParsedWorkbook } from "./workbook";

/** Indexes every check shares, built once per validation. */
export interface ValidationContext {
  workbook: ParsedWorkbook;
  /** First row of each attribute ID. */
  attributes: Map<string, TableRow<Attribute>>;
  attributeTypes: Map<string, AttributeInfo>;
  /** First row of each profile ID. */
  profiles: Map<string, TableRow<Profile>>;
  logic: Map<string, ProfileLogic>;
  /** The attribute rows each profile's logic uses (unknown IDs are reported elsewhere). */
  usedAttributes: Map<string, TableRow<Attribute>[]>;
  /** null when the Plan's channels are unreadable: channel checks then stay silent. */
  planChannels: Set<Channel> | null;
}

export function buildContext(workbook: ParsedWorkbook, findings: Finding[]): ValidationContext {
  const attributes = firstById(workbook.attributes.rows, (row) => row.values.attributeId);
  const attributeTypes = new Map<string, AttributeInfo>();
  for (const [id, row] of attributes) {
    attributeTypes.set(id, { id, type: row.values.type ?? "unknown", allowedValues: row.values.allowedValues ?? [] });
  }
  const profiles = firstById(workbook.profiles.rows, (row) => row.values.profileId);
  const logic = new Map<string, ProfileLogic>();
  for (const entry of analyzeProfiles(workbook.profiles, attributeTypes, findings)) {
    const id = entry.row.values.profileId;
    if (id && profiles.get(id) === entry.row) logic.set(id, entry);
  }
  const usedAttributes = new Map<string, TableRow<Attribute>[]>();
  for (const [id, entry] of logic) {
    usedAttributes.set(
      id,
      [...entry.references].flatMap((ref) => attributes.get(ref) ?? []),
    );
  }
  const channels = workbook.plan.values.channels;
  return { workbook, attributes, attributeTypes, profiles, logic, usedAttributes, planChannels: channels ? new Set(channels) : null };
}

function firstById<T>(rows: TableRow<T>[], idOf: (row: TableRow<T>) => string | null | undefined): Map<string, TableRow<T>> {
  const index = new Map<string, TableRow<T>>();
  for (const row of rows) {
    const id = idOf(row);
    if (id && !index.has(id)) index.set(id, row);
  }
  return index;
}

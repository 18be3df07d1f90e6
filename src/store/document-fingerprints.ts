import * as z from "zod/mini";
import type { DocumentReuse } from "../domain/plan/documents";
import type { PlanDocument } from "../domain/plan/plan-document";
import { documentPropertiesHandle } from "./service-handles";

/**
 * The fingerprints of the profile documents the last export rendered
 * (documents.ts), so the next one renders only profiles whose inputs changed.
 * One 4-character fingerprint per row of the plan's profiles, in order (no
 * IDs: 2,000 profiles fit one 9 KB property), beside the content hash of the
 * plan file whose Markdown they describe.
 */
export const DOCUMENT_FINGERPRINTS_KEY = "profileDocuments";
const WIDTH = 4;
const UNKNOWN = " ".repeat(WIDTH);
/** Past this a value would not fit one property: the next export renders every document. */
const MAX_CHARS = 8_500;

const Stored = z.object({ contentHash: z.string(), fingerprints: z.string() });

/** What `previous` (the last plan file, when it is the one the last export wrote) lets the next export reuse. */
export function readDocumentReuse(previous: PlanDocument | null): DocumentReuse | undefined {
  if (!previous) return undefined;
  const text = documentPropertiesHandle().getProperty(DOCUMENT_FINGERPRINTS_KEY);
  if (!text) return undefined;
  let parsed: ReturnType<typeof z.safeParse<typeof Stored>>;
  try {
    parsed = z.safeParse(Stored, JSON.parse(text));
  } catch {
    return undefined;
  }
  if (!parsed.success || parsed.data.contentHash !== previous.contentHash) return undefined;
  const { fingerprints } = parsed.data;
  if (fingerprints.length !== previous.profiles.length * WIDTH) return undefined;
  const reuse = { fingerprints: new Map<string, string>(), markdown: new Map<string, string>() };
  previous.profiles.forEach((profile, index) => {
    const id = String(profile.profileId ?? "");
    const fingerprint = fingerprints.slice(index * WIDTH, (index + 1) * WIDTH);
    if (fingerprint === UNKNOWN) return;
    reuse.fingerprints.set(id, fingerprint);
    reuse.markdown.set(id, profile.document.markdown);
  });
  return reuse;
}

/** The property that stores the fingerprints of `plan`'s documents ("" when they would not fit), to be set beside the export state. */
export function documentFingerprintsProperty(plan: PlanDocument, fingerprints: ReadonlyMap<string, string>): Record<string, string> {
  const joined = plan.profiles.map((profile) => fingerprints.get(String(profile.profileId ?? "")) ?? UNKNOWN).join("");
  const value = joined.length > MAX_CHARS ? "" : JSON.stringify({ contentHash: plan.contentHash, fingerprints: joined });
  return { [DOCUMENT_FINGERPRINTS_KEY]: value };
}

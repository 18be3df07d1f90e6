/** Replaced in build/Code.js by a hash of the bundle (scripts/build.ts); code run unbundled has none. */
const STAMP = "@@build-id@@";

/** Which build of the add-on is running, or null outside a build: a file written by this same build can be trusted as written. */
export const buildId = (): string | null => (STAMP.startsWith("@@") ? null : STAMP);

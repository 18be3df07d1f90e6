// Plain-language explanations of profiles: the public API of this folder.

export type { AttributeFacts, ProfileFacts } from "./facts";
export { explainExpression } from "./explain-expression";
export { profileDocument, MISSING_VALUES_NOTE } from "./profile-document";
export type { ProfileDocument } from "./profile-document";

// Analyses beyond the anchors (DESIGN section 8): pure, no Apps Script.
export * from "./dead-logic";
export * from "./profile-tests";
export * from "./policy";
export * from "./frequency";

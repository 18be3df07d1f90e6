/** Our protections carry these descriptions, so a rerun finds and replaces them instead of stacking copies. */
export const HEADER_PROTECTION = "Personalization Profiles: template header";
export const OWNED_SHEET_PROTECTION = "Personalization Profiles: written by the add-on only";

/** The tint of every template header row. */
export const HEADER_BACKGROUND = "#e8f0fe";

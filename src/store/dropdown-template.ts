import { documentPropertiesHandle } from "./service-handles";

/** The fingerprint of the dropdowns the last Set up put in place (dropdown-gaps.ts). */
export const DROPDOWN_TEMPLATE_KEY = "dropdownTemplate";

export const readDropdownTemplate = (): string | null => documentPropertiesHandle().getProperty(DROPDOWN_TEMPLATE_KEY);

/** null removes it: the undo of the first Set up that stored one. */
export function writeDropdownTemplate(fingerprint: string | null): void {
  if (fingerprint === null) documentPropertiesHandle().deleteProperty(DROPDOWN_TEMPLATE_KEY);
  else documentPropertiesHandle().setProperty(DROPDOWN_TEMPLATE_KEY, fingerprint);
}

/**
 * The entry points Apps Script sees. The build emits one global function per
 * exported function here, and one per method of `api`; nothing else is global.
 */
export { onOpen, onInstall, showSidebar, menuSetupSheets, menuValidate, menuExport, menuCheckSetup } from "./menu";
export { onEdit } from "./edit-trigger";
export { runGovernanceReminders } from "../use-cases/reminders";
export { api } from "./handlers";

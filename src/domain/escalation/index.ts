export { escalationCauses, type Cause } from "./causes";
export { advanceEscalations } from "./advance";
export { budgetFinding } from "./budget-finding";
export * from "./state";
export * from "./storage";

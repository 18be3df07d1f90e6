export { escalationCauses, type Cause } from "./causes";
export { advanceEscalations } from "./advance";
export * from "./state";

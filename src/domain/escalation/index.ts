export { escalationCauses, type Cause } from "./causes";
export { advanceEscalations } from "./advance";
export { budgetFinding } from "./budget-finding";
export * from "./state";
export * from "./storage";
export { composeMail, dueNotices, markSent, type Mail, columnLetters, type Notice, type NoticeContext } from "./notices";
export { mailFinding, type Unsent } from "./mail-finding";

import * as z from "zod/mini";
import { PlanDocument } from "../src/domain/plan/plan-document";

/** The plan file's JSON Schema, generated from its Zod schema (the one source of truth). */
export function planJsonSchema(): string {
  const schema = z.toJSONSchema(PlanDocument, { io: "output", unrepresentable: "any" });
  return `${JSON.stringify({ ...schema, title: "Personalization Profiles plan", $id: "plan.schema.json" }, null, 2)}\n`;
}

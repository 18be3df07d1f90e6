/** npm run schema: writes schema/plan.schema.json (committed; a test fails when it is stale). */
import { mkdirSync, writeFileSync } from "node:fs";
import { planJsonSchema } from "./plan-json-schema";

mkdirSync("schema", { recursive: true });
writeFileSync("schema/plan.schema.json", planJsonSchema());
console.log("wrote schema/plan.schema.json");

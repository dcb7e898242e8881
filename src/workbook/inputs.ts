/**
 * The input tables PRODUCT.md promises (Reps, Regions, Actuals, Activities) as hosts read them,
 * derived from their schemas (src/workbook/schema).
 */
import { activitiesSchema, actualsSchema, readSpec, regionsSchema, repsSchema } from "./schema";
import type { InputTableSpec } from "./schema";

export type { InputColumnSpec, InputKind, InputTableSpec } from "./schema";
export { knownKpis } from "./schema";

export const repsSpec: InputTableSpec = readSpec(repsSchema);
export const regionsSpec: InputTableSpec = readSpec(regionsSchema);
export const actualsSpec: InputTableSpec = readSpec(actualsSchema);
export const activitiesSpec: InputTableSpec = readSpec(activitiesSchema);

export const inputSpecs: readonly InputTableSpec[] = [repsSpec, regionsSpec, actualsSpec, activitiesSpec];

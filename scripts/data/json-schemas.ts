import { z } from "zod";
import { IndicatorsSchema } from "../../src/schema/indicators";
import { ReferenceSchema } from "../../src/schema/reference";
import { ReportSchema } from "../../src/schema/report";

/** JSON Schemas generated from the zod schemas, for people who edit data by hand in an editor. */
export function buildJsonSchemas(): Record<string, string> {
  const write = (schema: z.core.$ZodType, id: string, title: string) =>
    `${JSON.stringify({ ...z.toJSONSchema(schema, { io: "input" }), $id: id, title }, null, 2)}\n`;
  return {
    "report.schema.json": write(
      ReportSchema,
      "report.schema.json",
      "WSIS Dashboard report dataset, format v1",
    ),
    "reference.schema.json": write(
      ReferenceSchema,
      "reference.schema.json",
      "WSIS Dashboard reference data, format v1",
    ),
    "indicators.schema.json": write(
      IndicatorsSchema,
      "indicators.schema.json",
      "WSIS Dashboard yearly indicators, format v1",
    ),
  };
}

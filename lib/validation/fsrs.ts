import { z } from "zod";

export const useParametersSchema = z.strictObject({ parametersId: z.string().min(1).max(64).nullable() });
export const autoOptimiseSchema = z.strictObject({ autoOptimise: z.enum(["on", "off"]) });

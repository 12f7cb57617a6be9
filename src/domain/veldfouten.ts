import type { z } from "zod";

/**
 * The first message per field, the way every form shows them. `sleutel` names the field an issue
 * belongs to; by default the first element of its path.
 */
export function eersteFoutPerVeld(
  error: z.ZodError,
  sleutel: (issue: z.core.$ZodIssue) => string = (i) => String(i.path[0] ?? "formulier"),
): Record<string, string> {
  const fouten: Record<string, string> = {};
  for (const issue of error.issues) fouten[sleutel(issue)] ??= issue.message;
  return fouten;
}

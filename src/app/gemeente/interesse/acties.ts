"use server";

import { revalidatePath } from "next/cache";
import { huidigeGebruiker } from "@/server/auth/sessie";
import { behandelInteresse, type InteresseActie } from "@/server/interesse/wachtrij";

export async function interesseAction(
  _v: { melding: string | null; ok: boolean },
  data: FormData,
): Promise<{ melding: string | null; ok: boolean }> {
  const soort = String(data.get("soort") ?? "");
  const waarde = String(data.get("waarde") ?? "")
    .trim()
    .slice(0, 200);
  // A pasted dossier link works as well as a bare id.
  const inwonerId = waarde.split("/").filter(Boolean).at(-1)?.split("?")[0] ?? "";
  const actie: InteresseActie | null =
    soort === "toewijzen"
      ? { soort, behandelaarId: waarde }
      : soort === "koppelen"
        ? { soort, inwonerId }
        : soort === "afhandelen"
          ? { soort }
          : null;
  if (!actie) return { melding: "Onbekende handeling.", ok: false };
  const r = await behandelInteresse(await huidigeGebruiker(), String(data.get("id") ?? "").slice(0, 60), actie, "/gemeente/interesse");
  if (r.ok) revalidatePath("/gemeente/interesse");
  return r;
}

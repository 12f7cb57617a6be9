"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { leesWerkplekFormulier, parseVersie } from "@/domain/werkplek-invoer";
import { huidigeGebruiker } from "@/server/auth/sessie";
import { archiveerWerkplek, bewaarWerkplek, fotoBestanden, type BewaarUitkomst } from "@/server/werkplekken/beheer";

/** What the form shows again after a failed save, plus the photo files to preview. */
export type WerkplekFormState = Omit<Extract<BewaarUitkomst, { ok: false }>, "ok"> & { fotoBestanden: Record<string, string> };

function leesId(v: FormDataEntryValue | null): string | null {
  return typeof v === "string" && v !== "" ? v.slice(0, 60) : null;
}

export async function bewaarWerkplekAction(_vorige: WerkplekFormState, data: FormData): Promise<WerkplekFormState> {
  const bestand = data.get("nieuweFoto");
  const r = await bewaarWerkplek(await huidigeGebruiker(), {
    id: leesId(data.get("id")),
    versie: parseVersie(data.get("versie")),
    formulier: leesWerkplekFormulier(data),
    indienen: data.get("indienen") === "ja",
    nieuweFoto: bestand instanceof File ? bestand : null,
    nieuweFotoAlt: String(data.get("nieuweFotoAlt") ?? "").slice(0, 500),
  });
  if (r.ok) {
    revalidatePath("/aanbieder");
    redirect(`/aanbieder/werkplekken/${r.id}?melding=${r.code}`);
  }
  return {
    fouten: r.fouten,
    melding: r.melding,
    conflict: r.conflict,
    formulier: r.formulier,
    versie: r.versie,
    nieuweFotoAlt: r.nieuweFotoAlt,
    fotoBestanden: await fotoBestanden(r.formulier.fotos.map((f) => f.fotoId)),
  };
}

export async function archiveerAction(_vorige: { melding: string | null }, data: FormData): Promise<{ melding: string | null }> {
  const id = leesId(data.get("id")) ?? "";
  const r = await archiveerWerkplek(await huidigeGebruiker(), id, parseVersie(data.get("versie")));
  if (r.ok) {
    revalidatePath("/aanbieder");
    redirect(`/aanbieder/werkplekken/${id}?melding=gearchiveerd`);
  }
  return { melding: r.melding };
}

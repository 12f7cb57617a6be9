"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formActie } from "@/server/pipeline/formulier";
import { archiveerWerkplek, bewaarWerkplek } from "@/server/werkplekken/beheer";

// The werkplek form and the archive button post their id and version as hidden fields (parsed by
// the use case's schema like every other field); both go to the werkplek's page after success.

export const bewaarWerkplekAction = formActie(bewaarWerkplek, {
  na: (r) => {
    revalidatePath("/aanbieder");
    redirect(`/aanbieder/werkplekken/${r.id}?melding=${r.code}`);
  },
});

export const archiveerAction = formActie(archiveerWerkplek, {
  na: (r) => {
    revalidatePath("/aanbieder");
    redirect(`/aanbieder/werkplekken/${r.id}?melding=gearchiveerd`);
  },
});

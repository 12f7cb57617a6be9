import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EindverantwoordingAfdruk } from "@/components/traject/eindverantwoording-afdruk";
import { vereisGebruiker } from "@/server/auth/huidige-gebruiker";
import { referentie } from "@/server/referentie";
import { eindverantwoordingVoorGemeente } from "@/server/toewijzingen/eindverantwoording";

export const metadata: Metadata = { title: "Eindverantwoording afdrukken" };

export default async function Afdrukken({ params }: { params: Promise<{ id: string }> }) {
  const g = await vereisGebruiker("inwoner:lezen");
  const { id } = await params;
  const t = await eindverantwoordingVoorGemeente(g, id, "/gemeente/toewijzingen/[id]/eindverantwoording/afdrukken");
  if (!t) notFound();
  const { treden } = await referentie();
  // The gemeente does not read the aanbieder's draft.
  const ev = t.eindverantwoording && t.eindverantwoording.status !== "CONCEPT" ? t.eindverantwoording : null;
  return <EindverantwoordingAfdruk kant="gemeente" t={t} ev={ev} treden={treden} />;
}

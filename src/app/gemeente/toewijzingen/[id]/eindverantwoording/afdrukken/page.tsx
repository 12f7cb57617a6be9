import type { Metadata } from "next";
import { isIngediend } from "@/domain/eindverantwoording/regels";
import { EindverantwoordingAfdruk } from "@/components/traject/eindverantwoording-afdruk";
import { lees } from "@/server/pipeline/pagina";
import { referentie } from "@/server/referentie";
import { eindverantwoordingVoorGemeente } from "@/server/toewijzingen/eindverantwoording";

export const metadata: Metadata = { title: "Eindverantwoording afdrukken" };

export default async function Afdrukken({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const t = await lees(eindverantwoordingVoorGemeente, { id }, { bron: "/gemeente/toewijzingen/[id]/eindverantwoording/afdrukken" });
  const { treden } = await referentie();
  // The gemeente does not read the aanbieder's draft.
  const ev = t.eindverantwoording && isIngediend(t.eindverantwoording) ? t.eindverantwoording : null;
  return <EindverantwoordingAfdruk kant="gemeente" t={t} ev={ev} treden={treden} />;
}

import type { Metadata } from "next";
import { EindverantwoordingAfdruk } from "@/components/traject/eindverantwoording-afdruk";
import { lees } from "@/server/pipeline/pagina";
import { referentie } from "@/server/referentie";
import { eindverantwoordingVoorAanbieder } from "@/server/toewijzingen/eindverantwoording";

export const metadata: Metadata = { title: "Eindverantwoording afdrukken" };

export default async function Afdrukken({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const t = await lees(eindverantwoordingVoorAanbieder, { id }, { bron: "/aanbieder/toewijzingen/[id]/eindverantwoording/afdrukken" });
  const { treden } = await referentie();
  return <EindverantwoordingAfdruk kant="aanbieder" t={t} ev={t.eindverantwoording} treden={treden} />;
}

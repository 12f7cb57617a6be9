import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EindverantwoordingAfdruk } from "@/components/traject/eindverantwoording-afdruk";
import { vereisAanbieder } from "@/server/auth/huidige-gebruiker";
import { referentie } from "@/server/referentie";
import { eindverantwoordingVoorAanbieder } from "@/server/toewijzingen/eindverantwoording";

export const metadata: Metadata = { title: "Eindverantwoording afdrukken" };

export default async function Afdrukken({ params }: { params: Promise<{ id: string }> }) {
  const g = await vereisAanbieder("traject:rapporteren");
  const { id } = await params;
  const t = await eindverantwoordingVoorAanbieder(g, id, "/aanbieder/toewijzingen/[id]/eindverantwoording/afdrukken");
  if (!t) notFound();
  const { treden } = await referentie();
  return <EindverantwoordingAfdruk kant="aanbieder" t={t} ev={t.eindverantwoording} treden={treden} />;
}

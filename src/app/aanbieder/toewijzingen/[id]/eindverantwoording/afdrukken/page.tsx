import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EindverantwoordingWeergave } from "@/components/traject/eindverantwoording-weergave";
import { PrintKnop } from "@/components/ui/print-knop";
import { EV_STATUS_TEKST } from "@/domain/eindverantwoording/regels";
import { vereisAanbieder } from "@/server/auth/sessie";
import { referentie } from "@/server/referentie";
import { eindverantwoordingVoorAanbieder } from "@/server/toewijzingen/eindverantwoording";
import { TrajectKop } from "@/components/traject/traject-kop";

export const metadata: Metadata = { title: "Eindverantwoording afdrukken" };

export default async function Afdrukken({ params }: { params: Promise<{ id: string }> }) {
  const g = await vereisAanbieder("traject:rapporteren");
  const { id } = await params;
  const t = await eindverantwoordingVoorAanbieder(g, id, "/aanbieder/toewijzingen/[id]/eindverantwoording/afdrukken");
  if (!t) notFound();
  const { treden } = await referentie();
  const ev = t.eindverantwoording;
  return (
    <article className="inhoud afdrukversie">
      <p className="niet-printen">
        <Link href={`/aanbieder/toewijzingen/${t.id}/eindverantwoording`}>Terug naar de eindverantwoording</Link>
      </p>
      <p className="niet-printen mb-4">
        <PrintKnop>Eindverantwoording afdrukken</PrintKnop>
      </p>
      <p className="text-sm">Apeldoorn Werkt Mee · eindverantwoording</p>
      <h1>Eindverantwoording {t.nummer}</h1>
      <TrajectKop t={t} status={EV_STATUS_TEKST[ev?.status ?? "NIEUW"]} />
      {ev ? (
        <EindverantwoordingWeergave
          ev={ev}
          doelen={t.doelen}
          ontwikkeling={t.context.ontwikkeling}
          verlengbaar={t.context.verlengbaar}
          doelTrede={t.product.doelTrede}
          treden={treden}
        />
      ) : (
        <p>Er is nog geen eindverantwoording geschreven.</p>
      )}
    </article>
  );
}

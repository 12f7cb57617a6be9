import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EindverantwoordingWeergave } from "@/components/traject/eindverantwoording-weergave";
import { PrintKnop } from "@/components/ui/print-knop";
import { EV_STATUS_TEKST } from "@/domain/eindverantwoording/regels";
import { vereisGebruiker } from "@/server/auth/sessie";
import { referentie } from "@/server/referentie";
import { eindverantwoordingVoorGemeente } from "@/server/toewijzingen/eindverantwoording";
import { TrajectKop } from "@/components/traject/traject-kop";

export const metadata: Metadata = { title: "Eindverantwoording afdrukken" };

export default async function Afdrukken({ params }: { params: Promise<{ id: string }> }) {
  const g = await vereisGebruiker("inwoner:lezen");
  const { id } = await params;
  const t = await eindverantwoordingVoorGemeente(g, id, "/gemeente/toewijzingen/[id]/eindverantwoording/afdrukken");
  if (!t) notFound();
  const { treden } = await referentie();
  const ev = t.eindverantwoording && t.eindverantwoording.status !== "CONCEPT" ? t.eindverantwoording : null;
  return (
    <article className="inhoud afdrukversie">
      <p className="niet-printen">
        <Link href={`/gemeente/toewijzingen/${t.id}/eindverantwoording`}>Terug naar de eindverantwoording</Link>
      </p>
      <p className="niet-printen mb-4">
        <PrintKnop>Eindverantwoording afdrukken</PrintKnop>
      </p>
      <p className="text-sm">Gemeente Apeldoorn · Apeldoorn Werkt Mee · eindverantwoording</p>
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
        <p>De aanbieder heeft de eindverantwoording nog niet ingediend.</p>
      )}
    </article>
  );
}

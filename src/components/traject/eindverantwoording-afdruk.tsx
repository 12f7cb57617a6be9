import Link from "next/link";
import { PrintKnop } from "@/components/ui/print-knop";
import { EV_STATUS_TEKST } from "@/domain/eindverantwoording/regels";
import type { EvWeergave } from "@/server/toewijzingen/eindverantwoording";
import { EindverantwoordingVanTraject } from "./eindverantwoording-pagina";
import { TrajectKop } from "./traject-kop";
import type { Kant } from "./traject-pagina";

const TEKST: Record<Kant, { afzender: string; leeg: string }> = {
  aanbieder: { afzender: "Apeldoorn Werkt Mee · eindverantwoording", leeg: "Er is nog geen eindverantwoording geschreven." },
  gemeente: {
    afzender: "Gemeente Apeldoorn · Apeldoorn Werkt Mee · eindverantwoording",
    leeg: "De aanbieder heeft de eindverantwoording nog niet ingediend.",
  },
};

/**
 * The print version of the eindverantwoording for either side. `ev` is what this side may read
 * (the page leaves out a draft for the gemeente), so the status shown follows it, not the traject.
 */
export function EindverantwoordingAfdruk({
  kant,
  t,
  ev,
  treden,
}: {
  kant: Kant;
  t: EvWeergave;
  ev: EvWeergave["eindverantwoording"];
  treden: { nummer: number; naam: string }[];
}) {
  return (
    <article className="inhoud afdrukversie">
      <p className="niet-printen">
        <Link href={`/${kant}/toewijzingen/${t.id}/eindverantwoording`}>Terug naar de eindverantwoording</Link>
      </p>
      <p className="niet-printen mb-4">
        <PrintKnop>Eindverantwoording afdrukken</PrintKnop>
      </p>
      <p className="text-sm">{TEKST[kant].afzender}</p>
      <h1>Eindverantwoording {t.nummer}</h1>
      <TrajectKop t={t} status={EV_STATUS_TEKST[ev?.status ?? "NIEUW"]} />
      {ev ? <EindverantwoordingVanTraject t={t} ev={ev} treden={treden} /> : <p>{TEKST[kant].leeg}</p>}
    </article>
  );
}

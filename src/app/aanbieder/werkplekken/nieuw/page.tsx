import type { Metadata } from "next";
import Link from "next/link";
import { vereisAanbieder } from "@/server/auth/huidige-gebruiker";
import { referentie } from "@/server/referentie";
import { LEEG_WERKPLEK_FORMULIER, type WerkplekFormExtra } from "@/domain/werkplek-invoer";
import { bewaarWerkplekAction } from "../acties";
import { WerkplekFormulier } from "../werkplek-formulier";

export const metadata: Metadata = { title: "Nieuwe werkplek" };

const LEEG: WerkplekFormExtra = {
  formulier: LEEG_WERKPLEK_FORMULIER,
  versie: null,
  nieuweFotoAlt: "",
  conflict: null,
  fotoBestanden: {},
};

export default async function NieuweWerkplek() {
  await vereisAanbieder("werkplek:beheren");
  const r = await referentie();
  return (
    <article className="inhoud">
      <p>
        <Link href="/aanbieder">Terug naar de werkplekken</Link>
      </p>
      <h1>Nieuwe werkplek</h1>
      <p>
        Vul alles in wat een inwoner wil weten. Na het indienen controleert Centrum Werkt Mee de werkplek; daarna staat hij in de catalogus.
      </p>
      <WerkplekFormulier
        actie={bewaarWerkplekAction}
        begin={LEEG}
        id={null}
        branches={r.branches}
        ontwikkelmogelijkheden={r.ontwikkelmogelijkheden}
        ondersteuning={r.ondersteuning}
      />
    </article>
  );
}

import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { AFZENDER_ROL, BERICHTNAAM, type Berichtsoort } from "@/domain/iwmo/codes";
import type { Prisma } from "@/generated/prisma/client";
import { beschrijf, valideerXsd } from "./xsd";

// Storing a message the portal writes: validated against its XSD first (a generated message that
// does not validate is a bug and is never stored or sent), one row with its file name and hash.

export type Tx = Prisma.TransactionClient;

export const hash = (xml: string) => createHash("sha256").update(xml, "utf8").digest("hex");

/** BerichtIdentificatie/Identificatie: 12 characters (LDT_IdentificatieBericht), random, never reused. */
export function nieuweIdentificatie(): string {
  const abc = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return Array.from(randomBytes(12), (b) => abc[b % abc.length]).join("");
}

export const bestandsnaam = (soort: Berichtsoort, afzender: string, ontvanger: string, identificatie: string) =>
  `WMO${soort}_${afzender}_${ontvanger}_${identificatie}.xml`;

export class OngeldigBericht extends Error {
  constructor(
    public soort: Berichtsoort,
    public fouten: string[],
  ) {
    super(`Generated WMO${soort} does not validate: ${fouten.join("; ")}`);
  }
}

export type NieuwUitgaand = {
  soort: Berichtsoort;
  aanbiederId: string;
  afzender: string;
  ontvanger: string;
  identificatie: string;
  dagtekening: Date;
  bronSleutel: string;
  xml: string;
  toewijzingIds: string[];
  omschrijving: string;
  uiterlijkOp?: Date | null;
  antwoordOpId?: string | null;
};

/** Validate and store one outgoing message ("te verzenden"). */
export async function bewaarUitgaand(tx: Tx, b: NieuwUitgaand, nu: Date) {
  const fouten = await valideerXsd(b.soort, b.xml);
  if (fouten.length)
    throw new OngeldigBericht(
      b.soort,
      fouten.map((f) => beschrijf(b.soort, f)),
    );
  return tx.iwmoBericht.create({
    data: {
      soort: b.soort,
      richting: "UIT",
      partij: AFZENDER_ROL[b.soort],
      status: "TE_VERZENDEN",
      aanbiederId: b.aanbiederId,
      afzender: b.afzender,
      ontvanger: b.ontvanger,
      identificatie: b.identificatie,
      dagtekening: b.dagtekening,
      bronSleutel: b.bronSleutel,
      inhoudHash: hash(b.xml),
      bestandsnaam: bestandsnaam(b.soort, b.afzender, b.ontvanger, b.identificatie),
      xml: b.xml,
      omschrijving: `${BERICHTNAAM[b.soort]}: ${b.omschrijving}`,
      uiterlijkOp: b.uiterlijkOp ?? null,
      antwoordOpId: b.antwoordOpId ?? null,
      aangemaaktOp: nu,
      toewijzingen: { create: [...new Set(b.toewijzingIds)].map((toewijzingId) => ({ toewijzingId })) },
    },
  });
}

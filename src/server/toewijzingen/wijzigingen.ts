import "server-only";
import { vandaagInNederland } from "@/domain/kalender";
import { formatDatum } from "@/domain/format";
import { mag } from "@/domain/permissies";
import { isAanbiederRol } from "@/domain/rollen";
import {
  controleerNieuweEinddatum,
  einddatumWijzigSchema,
  isAfgelopen,
  redenWijzigingLabel,
  SOORT_WIJZIGING,
} from "@/domain/toewijzing/wijziging";
import { betrokkeneVanToewijzing } from "../betrokkene";
import { db } from "../db";
import { berichtenBijToewijzing, MET_BERICHTEN } from "../iwmo/intern/uitgaand";
import { env } from "../env";
import { log } from "../log";
import { verstuurMail } from "../mail/mailer";
import { defineUseCase, formFout, gelukt, veldFouten } from "../pipeline";
import { redenGeenBesluitOverToewijzing } from "./intern/traject-toegang";
import type { WijzigingRegel } from "./intern/wijzigingen";

// Issue 11: the gemeente ends a toewijzing early or corrects its end date, with a reason. The rule
// check is src/domain/toewijzing/wijziging.ts; here: load, store the ToewijzingWijziging next to
// the new Toewijzing.einddatum in one transaction, and tell the aanbieder (its list shows the
// change, and an e-mail that names the contact person, never the inwoner's BSN or name, and keeps
// the free-text reason in the portal).

export const wijzigEinddatum = defineUseCase({
  activiteit: "toewijzing-einddatum-wijzigen",
  bron: "/gemeente/toewijzingen/[id]#einddatum",
  schema: einddatumWijzigSchema,
  toegang: "toewijzing:afgeven",
  betrokkene: betrokkeneVanToewijzing,
  geenToegang: "Je mag de einddatum van toewijzingen niet wijzigen.",
  laad: ({ invoer }) =>
    db.toewijzing.findUnique({
      where: { id: invoer.id },
      include: {
        product: true,
        aanbieder: true,
        inwoner: { select: { id: true, geboortedatum: true, uitkering: true } },
        contactpersoon: { select: { naam: true, email: true } },
        verlenging: { select: { id: true } },
      },
    }),
  nietGevonden: "Deze toewijzing bestaat niet.",
  async uitvoeren({ invoer: w, doel: t, gebruiker: g, audit, nu }) {
    audit.betrokkene = t.inwonerId;
    const geenBesluit = redenGeenBesluitOverToewijzing(g, t, t.product, t.inwoner.uitkering);
    if (geenBesluit) return formFout(geenBesluit);
    const [aowTabel, andere] = await Promise.all([
      db.aowLeeftijd.findMany(),
      db.toewijzing.findMany({ where: { inwonerId: t.inwonerId, id: { not: t.id } }, include: { product: true } }),
    ]);
    const fouten = controleerNieuweEinddatum({
      soort: w.soort,
      nieuweEinddatum: w.nieuweEinddatum,
      toewijzing: {
        status: t.status,
        startdatum: t.startdatum,
        gestartOp: t.gestartOp,
        einddatum: t.einddatum,
        verlengd: Boolean(t.verlenging),
      },
      product: t.product,
      inwoner: t.inwoner,
      aowTabel,
      aanbieder: t.aanbieder,
      andere: andere.map((a) => ({
        productCode: a.productCode,
        productNaam: a.product.korteNaam,
        categorie: a.product.categorie,
        startdatum: a.startdatum,
        einddatum: a.beeindigdOp ?? a.einddatum,
        status: a.status,
      })),
    });
    if (fouten.length) {
      const bijVeld = fouten.find((f) => f.veld);
      const zonderVeld = fouten.filter((f) => !f.veld);
      if (zonderVeld.length) return formFout(zonderVeld.map((f) => f.melding).join(" "));
      return veldFouten({ [bijVeld!.veld!]: fouten.map((f) => f.melding).join(" ") });
    }
    const vandaag = vandaagInNederland(nu);
    const afgelopen = w.soort === "BEEINDIGD_DOOR_GEMEENTE" && isAfgelopen(w.nieuweEinddatum, vandaag);
    const gelukt_ = await db.$transaction(async (tx) => {
      // Only while nothing changed it in between (status and end date as loaded).
      const r = await tx.toewijzing.updateMany({
        where: { id: t.id, einddatum: t.einddatum, status: { in: ["TOEGEWEZEN", "GESTART"] } },
        data: {
          einddatum: w.nieuweEinddatum,
          ...(afgelopen ? { status: "BEEINDIGD" as const, beeindigdOp: w.nieuweEinddatum } : {}),
        },
      });
      if (r.count !== 1) return false;
      await tx.toewijzingWijziging.create({
        data: {
          toewijzingId: t.id,
          soort: w.soort,
          oudeEinddatum: t.einddatum,
          nieuweEinddatum: w.nieuweEinddatum,
          reden: w.reden,
          redenWijziging: w.redenWijziging,
          doorId: g.id,
          // The decision's day counts for the deadlines (ADR 0033).
          createdAt: nu,
        },
      });
      await berichtenBijToewijzing(tx, t.id, nu);
      return true;
    }, MET_BERICHTEN);
    if (!gelukt_) return formFout("De toewijzing is intussen gewijzigd. Vernieuw de pagina en probeer het opnieuw.");
    audit.toelichting = `${t.nummer}: ${w.soort === "BEEINDIGD_DOOR_GEMEENTE" ? "beëindigd" : "einddatum gecorrigeerd"} (WMO002 ${w.redenWijziging})`;
    await vertelAanbieder(t, w, afgelopen);
    const wanneer = afgelopen
      ? `De toewijzing is beëindigd per ${formatDatum(w.nieuweEinddatum)}.`
      : w.soort === "BEEINDIGD_DOOR_GEMEENTE"
        ? `De toewijzing eindigt op ${formatDatum(w.nieuweEinddatum)}.`
        : `De einddatum is nu ${formatDatum(w.nieuweEinddatum)}.`;
    return gelukt({ melding: `${wanneer} ${t.aanbieder.naam} krijgt hierover een e-mail.`, id: t.id });
  },
});

type Geladen = {
  id: string;
  nummer: string;
  aanbiederId: string;
  einddatum: Date;
  product: { korteNaam: string };
  aanbieder: { naam: string; contactEmail: string };
  contactpersoon: { naam: string; email: string } | null;
};

/** The aanbieder's contact address and its active users who read toewijzingen, each once. */
async function vertelAanbieder(
  t: Geladen,
  w: { soort: WijzigingRegel["soort"]; nieuweEinddatum: Date; reden: string; redenWijziging: string },
  afgelopen: boolean,
) {
  const gebruikers = await db.gebruiker.findMany({
    where: { aanbiederId: t.aanbiederId, actief: true },
    select: { email: true, rol: true },
  });
  const adressen = new Set(
    [
      t.aanbieder.contactEmail,
      ...gebruikers.filter((u) => isAanbiederRol(u.rol) && mag(u.rol, "toewijzing:lezen-eigen")).map((u) => u.email),
    ]
      .map((e) => e.trim().toLowerCase())
      .filter(Boolean),
  );
  const contact = t.contactpersoon
    ? `Vragen? Neem contact op met de contactpersoon van de gemeente: ${t.contactpersoon.naam} (${t.contactpersoon.email}).`
    : "Vragen? Neem contact op met het team Werkt Mee van de gemeente.";
  const wat =
    w.soort === "BEEINDIGD_DOOR_GEMEENTE"
      ? afgelopen
        ? `De gemeente heeft toewijzing ${t.nummer} (${t.product.korteNaam}) beëindigd per ${formatDatum(w.nieuweEinddatum)}.`
        : `De gemeente beëindigt toewijzing ${t.nummer} (${t.product.korteNaam}): de laatste dag is ${formatDatum(w.nieuweEinddatum)}.`
      : `De gemeente heeft de einddatum van toewijzing ${t.nummer} (${t.product.korteNaam}) gecorrigeerd: die was ${formatDatum(t.einddatum)} en is nu ${formatDatum(w.nieuweEinddatum)}.`;
  const tekst = `Beste medewerker van ${t.aanbieder.naam},

${wat}

Reden: ${redenWijzigingLabel(w.redenWijziging)}.

De toelichting van de gemeente staat bij de toewijzing in het portaal: ${env.APP_URL}/aanbieder/toewijzingen

${contact}

Met vriendelijke groet,
Apeldoorn Werkt Mee`;
  for (const aan of adressen) {
    try {
      await verstuurMail({ aan, onderwerp: `${SOORT_WIJZIGING[w.soort]}: toewijzing ${t.nummer}`, tekst });
    } catch (e) {
      // The change is stored and visible in the portal; a mail that fails is logged, not fatal.
      log.error({ err: e, toewijzing: t.id }, "mail over gewijzigde einddatum niet verstuurd");
    }
  }
}

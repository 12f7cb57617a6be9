import "server-only";
import { z } from "zod";
import { antwoordSchema, gemeentecodeSchema, uploadSchema } from "@/domain/iwmo/invoer";
import { logVerwerking } from "../audit";
import { db } from "../db";
import { defineUseCase, formFout, gelukt } from "../pipeline";
import { gemeentecode } from "./intern/instellingen";
import { importeer, MAX_BERICHT_BYTES } from "./intern/invoer";
import { bereik, bronVan, eigenUitgaand } from "./intern/bereik";
import { maak319 } from "./intern/uitgaand-verzoeken";
import { markeerVerzonden, teVerzenden, werkBijVoorVerzenden, zipVan } from "./intern/uitvoer";
import { herindicatiesVan } from "./intern/verzoeken";

// The use cases of the Berichten pages (issue 13): upload, answer a verzoek, the gemeentecode, and
// the download of what is due. The reads are in ./berichten.ts.

/** Upload of several files at once: each file its own result (ok, or refused with reasons). */
export const leesBerichtenIn = defineUseCase({
  activiteit: "iwmo-berichten-uploaden",
  bron: "/gemeente/berichten#inlezen",
  schema: uploadSchema,
  toegang: "ingelogd",
  magGebruiker: (g) => bereik(g) !== undefined,
  async uitvoeren({ invoer: { bestanden }, gebruiker: g, nu, audit }) {
    const b = bereik(g)!;
    const groot = bestanden.filter((f) => f.size > MAX_BERICHT_BYTES);
    const klein = bestanden.filter((f) => f.size <= MAX_BERICHT_BYTES);
    const inhoud = await Promise.all(
      klein.map(async (f) => ({ naam: f.name || "bericht.xml", inhoud: new Uint8Array(await f.arrayBuffer()) })),
    );
    const resultaten = [
      ...(await importeer(inhoud, { gebruikerId: g.id, aanbiederId: b.aanbiederId }, nu)),
      ...groot.map((f) => ({
        bestandsnaam: f.name,
        ok: false,
        soort: null,
        meldingen: [`Het bestand is groter dan ${MAX_BERICHT_BYTES / 1024 / 1024} MB; een iWmo-bericht is veel kleiner.`],
      })),
    ];
    const gelukt_ = resultaten.filter((r) => r.ok).length;
    audit.toelichting = `${gelukt_} van ${resultaten.length} ingelezen (${bronVan(g)})`;
    return gelukt({
      melding:
        gelukt_ === resultaten.length
          ? `${gelukt_} ${gelukt_ === 1 ? "bericht" : "berichten"} ingelezen.`
          : `${gelukt_} van ${resultaten.length} bestanden ingelezen; ${resultaten.length - gelukt_} geweigerd. Zie de redenen per bestand.`,
      resultaten: resultaten.map((r) => ({
        bestandsnaam: r.bestandsnaam,
        ok: r.ok,
        soort: r.soort as string | null,
        meldingen: r.meldingen,
      })),
    });
  },
});

/** The gemeente answers a 315/317 with a WMO319: afgewezen (with a WJ759 reason) or in onderzoek. */
export const beantwoordVerzoek = defineUseCase({
  activiteit: "iwmo-verzoek-beantwoorden",
  bron: "/gemeente/berichten#verzoeken",
  schema: antwoordSchema,
  toegang: "iwmo:berichten",
  laad: ({ invoer }) => db.iwmoVerzoek.findFirst({ where: { id: invoer.id, status: { in: ["OPEN", "IN_ONDERZOEK"] } } }),
  nietGevonden: "Dit verzoek bestaat niet of is al beantwoord.",
  async uitvoeren({ invoer: { antwoord, reden }, doel: v, nu, audit }) {
    audit.betrokkene = v.inwonerId;
    if (antwoord === "2" && v.status === "IN_ONDERZOEK")
      return formFout("Dit verzoek is al in onderzoek. Wijs het af, of geef een toewijzing af.");
    const gemeente = await gemeentecode();
    // A 317 is answered whole: no 319 afgewezen once one of its follow-ups was issued (item 11).
    const toegekend = (await herindicatiesVan(db, v)).filter((h) => h.nieuweToewijzing?.aanbiederId === v.aanbiederId);
    if (antwoord === "1" && toegekend.length)
      return formFout("Op dit verzoek is al een vervolg toegewezen; het wordt met die toewijzing (WMO301) beantwoord, niet afgewezen.");
    await db.$transaction(async (tx) => {
      await tx.iwmoVerzoek.update({
        where: { id: v.id },
        data: antwoord === "1" ? { status: "AFGEWEZEN", redenAfwijzing: reden!, beantwoordOp: nu } : { status: "IN_ONDERZOEK" },
      });
      if (antwoord === "1") {
        await tx.herindicatieverzoek.updateMany({
          where: { id: { in: (await herindicatiesVan(tx, v)).map((h) => h.id) }, status: "INGEDIEND" },
          data: { status: "BEEINDIGEN", besluitOp: nu, besluitToelichting: "Verzoek om wijziging afgewezen (WMO319)." },
        });
      }
      await maak319({ tx, nu, gemeente }, v, antwoord, antwoord === "1" ? reden! : null);
    });
    audit.toelichting = `WMO${v.soort} ${v.referentieAanbieder}: ${antwoord === "1" ? "afgewezen" : "in onderzoek"}`;
    return gelukt({
      melding:
        antwoord === "1"
          ? "Het verzoek is afgewezen; de WMO319 staat klaar om te verzenden."
          : "Het verzoek is in onderzoek genomen; de WMO319 staat klaar om te verzenden.",
    });
  },
});

export const zetGemeentecode = defineUseCase({
  activiteit: "iwmo-gemeentecode-wijzigen",
  bron: "/gemeente/beheer/berichtenverkeer",
  schema: gemeentecodeSchema,
  toegang: "iwmo:instellen",
  async uitvoeren({ invoer: { gemeentecode: code }, audit }) {
    await db.iwmoInstelling.upsert({
      where: { sleutel: "gemeentecode" },
      create: { sleutel: "gemeentecode", waarde: code },
      update: { waarde: code },
    });
    audit.toelichting = `gemeentecode ${code}`;
    return gelukt({ melding: `De gemeentecode is ${code}.` });
  },
});

/**
 * The download of what is due, as one zip (one XML file per message), marking them sent. A
 * mutating route handler, so a use case: each side downloads only its own outgoing messages.
 */
export const downloadTeVerzenden = defineUseCase({
  activiteit: "iwmo-berichten-downloaden",
  bron: "/gemeente/berichten/download",
  schema: z.object({}),
  toegang: "ingelogd",
  magGebruiker: (g) => bereik(g) !== undefined,
  async uitvoeren({ gebruiker: g, nu, audit }) {
    const b = bereik(g)!;
    const filter = eigenUitgaand(b);
    await werkBijVoorVerzenden(nu);
    const berichten = await teVerzenden(filter);
    if (!berichten.length) return formFout("Er zijn geen berichten te verzenden.");
    const verzonden = new Set(
      await markeerVerzonden(
        berichten.map((m) => m.id),
        nu,
        filter,
      ),
    );
    const mee = berichten.filter((m) => verzonden.has(m.id));
    if (!mee.length) return formFout("Er zijn geen berichten te verzenden.");
    const inwoners = await db.iwmoBerichtToewijzing.findMany({
      where: { berichtId: { in: mee.map((m) => m.id) } },
      select: { toewijzing: { select: { inwonerId: true } } },
    });
    for (const i of new Set(inwoners.map((r) => r.toewijzing.inwonerId))) {
      await logVerwerking(g, "iwmo-bericht-bekijken", bronVan(g), i, "gelukt", "download te verzenden");
    }
    audit.toelichting = `${mee.length} bericht(en) gedownload`;
    return gelukt({ melding: `${mee.length} bericht(en)`, zip: zipVan(mee), aantal: mee.length });
  },
});

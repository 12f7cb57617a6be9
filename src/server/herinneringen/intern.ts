import "server-only";
import { antwoordUiterlijk } from "@/domain/declaratie/termijn";
import { dagSleutel, digestOnderwerp, digestTekst, faseVan, type Fase, type HerinneringRegel } from "@/domain/herinneringen";
import { verzoekUiterlijk } from "@/domain/iwmo/werkdagen";
import { beginVanDagInNederland, vandaagInNederland } from "@/domain/kalender";
import { mag, type Actie } from "@/domain/permissies";
import { isAanbiederRol, type Rol } from "@/domain/rollen";
import { looptNog } from "@/domain/toewijzing/status";
import { nooitGestart, TERMIJN_NAAM, telt } from "@/domain/toewijzing/termijnen";
import { db } from "../db";
import { env } from "../env";
import { log } from "../log";
import { verstuurMail } from "../mail/mailer";
import { teVerzenden } from "../iwmo/intern/uitvoer";
import { nogInBeeld, termijnenVan, termijnInclude } from "../toewijzingen/intern/termijnen";

// The reminder task (issue 23, docs/decisions/0042): `npm run taken -- herinneringen`. It collects
// the deadlines the portal already computes (the traject deadlines of src/domain/toewijzing/
// termijnen.ts, the start and stop reports, the declaratie answer deadline, the iWmo reply times),
// puts each in its stage (two weeks ahead, the day itself, late) and mails every person at most one
// digest a day with what is new for them. A reminder is sent once per deadline, stage and person:
// the HerinneringVerzonden row is written before the mail and removed again if sending fails.

/** Who gets a deadline's reminders: the aanbieder's users, gemeente staff with a permission, one person. */
type Ontvangers =
  | { soort: "aanbieder"; aanbiederId: string }
  | { soort: "permissie"; actie: Actie }
  | { soort: "persoon"; gebruikerId: string; alleenTeLaat: boolean };

export type Deadline = {
  /** Stable: the same deadline keeps its key across runs (its due day is part of it). */
  sleutel: string;
  wat: string;
  uiterlijk: Date;
  pad: string;
  /** Where gemeente staff (the contact person) open the same item, when it differs. */
  gemeentePad?: string;
  /** Stages that apply (a start cannot be reported two weeks before it). */
  fasen?: readonly Fase[];
  ontvangers: Ontvangers[];
};

const ALLE_FASEN: readonly Fase[] = ["twee-weken", "vandaag", "te-laat"];
const VANAF_DE_DAG: readonly Fase[] = ["vandaag", "te-laat"];

/** The traject deadlines and the start and stop reports of every toewijzing still in view. */
async function toewijzingDeadlines(vandaag: Date): Promise<Deadline[]> {
  const lijst = await db.toewijzing.findMany({
    where: { AND: [nogInBeeld, { status: { not: "INGETROKKEN" } }] },
    select: {
      id: true,
      nummer: true,
      status: true,
      aanbiederId: true,
      contactpersoonId: true,
      startdatum: true,
      einddatum: true,
      beeindigdOp: true,
      ...termijnInclude,
      evaluatiegesprekken: { select: { status: true, createdAt: true }, orderBy: { createdAt: "asc" } },
    },
  });
  const uit: Deadline[] = [];
  for (const t of lijst) {
    const pad = `/aanbieder/toewijzingen/${t.id}`;
    const gemeentePad = `/gemeente/toewijzingen/${t.id}`;
    const aanbieder: Ontvangers = { soort: "aanbieder", aanbiederId: t.aanbiederId };
    // The contact person follows up (R-TOE-2): only once the aanbieder is late.
    const ontvangers: Ontvangers[] = t.contactpersoonId
      ? [aanbieder, { soort: "persoon", gebruikerId: t.contactpersoonId, alleenTeLaat: true }]
      : [aanbieder];
    if (t.status === "TOEGEWEZEN" && (nooitGestart(t.status, t.startdatum, vandaag) || faseVan(vandaag, t.startdatum) === "vandaag"))
      uit.push({
        sleutel: `toewijzing:${t.id}:start:${dagSleutel(t.startdatum)}`,
        wat: `Start melden van toewijzing ${t.nummer}`,
        uiterlijk: t.startdatum,
        pad: "/aanbieder/toewijzingen",
        gemeentePad,
        fasen: VANAF_DE_DAG,
        ontvangers,
      });
    if (t.status === "GESTART" && (!looptNog(t, vandaag) || faseVan(vandaag, t.einddatum) === "vandaag"))
      uit.push({
        sleutel: `toewijzing:${t.id}:stop:${dagSleutel(t.einddatum)}`,
        wat: `Stop melden van toewijzing ${t.nummer}`,
        uiterlijk: t.einddatum,
        pad: "/aanbieder/toewijzingen",
        gemeentePad,
        fasen: VANAF_DE_DAG,
        ontvangers,
      });
    const laatste = t.evaluatiegesprekken.at(-1);
    for (const x of termijnenVan(t, vandaag).filter(telt)) {
      // As on "Te doen": a proposed moment waits for the gemeente; after a request for another
      // moment the aanbieder is asked to plan again, without a date.
      if (x.soort === "evaluatiegesprek" && (laatste?.status === "VOORGESTELD" || laatste?.status === "ANDER_MOMENT")) continue;
      const anker =
        x.soort === "eindverantwoording" ? "/eindverantwoording" : x.soort === "herindicatie" ? "/herindicatie" : "#evaluatiegesprek";
      uit.push({
        sleutel: `toewijzing:${t.id}:${x.soort}:${dagSleutel(x.uiterlijk)}`,
        wat: `${TERMIJN_NAAM[x.soort]} voor toewijzing ${t.nummer}`,
        uiterlijk: x.uiterlijk,
        pad: `${pad}${anker}`,
        gemeentePad: `${gemeentePad}${anker}`,
        ontvangers,
      });
    }
  }
  return uit;
}

/** Declaratie lines waiting for the check, per month and answer day (ADR 0030), for the checkers. */
async function declaratieDeadlines(): Promise<Deadline[]> {
  const regels = await db.declaratieregel.findMany({ where: { status: "INGEDIEND" }, select: { maand: true, ingediendOp: true } });
  const per = new Map<string, { maand: string; uiterlijk: Date; aantal: number }>();
  for (const r of regels) {
    const uiterlijk = antwoordUiterlijk(r.ingediendOp);
    const sleutel = `declaratieregels:${r.maand}:${dagSleutel(uiterlijk)}`;
    const g = per.get(sleutel) ?? { maand: r.maand, uiterlijk, aantal: 0 };
    g.aantal++;
    per.set(sleutel, g);
  }
  return [...per].map(([sleutel, g]) => ({
    sleutel,
    wat: `${g.aantal} ${g.aantal === 1 ? "declaratieregel" : "declaratieregels"} van ${g.maand} beoordelen`,
    uiterlijk: g.uiterlijk,
    pad: "/gemeente/declaraties",
    ontvangers: [{ soort: "permissie", actie: "declaratie:beoordelen" }],
  }));
}

/** iWmo messages due to be sent and verzoeken waiting for the gemeente's answer (reactietermijnen.md). */
async function iwmoDeadlines(): Promise<Deadline[]> {
  const berichten = (await teVerzenden()).filter((m) => m.uiterlijkOp);
  const verzoeken = await db.iwmoVerzoek.findMany({
    where: { status: { in: ["OPEN", "IN_ONDERZOEK"] } },
    select: {
      id: true,
      soort: true,
      status: true,
      referentieAanbieder: true,
      uiterlijkAntwoordOp: true,
      bericht: { select: { dagtekening: true, aanbieder: { select: { naam: true } } } },
    },
  });
  const berichtenTeam: Ontvangers = { soort: "permissie", actie: "iwmo:berichten" };
  return [
    ...berichten.map((m): Deadline => ({
      sleutel: `iwmo-bericht:${m.id}:${dagSleutel(m.uiterlijkOp!)}`,
      wat: `WMO${m.soort} verzenden: ${m.omschrijving}`,
      uiterlijk: m.uiterlijkOp!,
      pad: m.partij === "AANBIEDER" ? "/aanbieder/berichten" : "/gemeente/berichten",
      ontvangers: [m.partij === "AANBIEDER" ? { soort: "aanbieder", aanbiederId: m.aanbiederId } : berichtenTeam],
    })),
    ...verzoeken.map((v): Deadline => {
      const uiterlijk = verzoekUiterlijk({ ...v, dagtekening: v.bericht.dagtekening });
      return {
        sleutel: `iwmo-verzoek:${v.id}:${dagSleutel(uiterlijk)}`,
        wat: `Antwoord op WMO${v.soort} ${v.referentieAanbieder} van ${v.bericht.aanbieder.naam}`,
        uiterlijk,
        pad: "/gemeente/berichten",
        ontvangers: [berichtenTeam],
      };
    }),
  ];
}

/** Every deadline the reminders know, whatever its stage. */
export async function alleDeadlines(nu: Date): Promise<Deadline[]> {
  const vandaag = vandaagInNederland(nu);
  return [...(await toewijzingDeadlines(vandaag)), ...(await declaratieDeadlines()), ...(await iwmoDeadlines())];
}

type Persoon = { id: string; naam: string; email: string; rol: Rol; aanbiederId: string | null; herinneringenUit: boolean };

export type HerinneringenVerslag = {
  /** Digests sent. */
  mails: number;
  /** Reminders in them (deadline × stage × person). */
  herinneringen: number;
  /** People who turned reminders off and would otherwise have had one. */
  uitgezet: number;
  /** People already mailed today: their new reminders wait until tomorrow. */
  uitgesteld: number;
  /** Digests that could not be sent (tried again on the next run). */
  mislukt: number;
};

const link = (pad: string) => `${env.APP_URL.replace(/\/$/, "")}${pad}`;

/** One run of the reminder task on `nu`: idempotent, whatever the number of runs a day. */
export async function stuurHerinneringen(nu: Date = new Date()): Promise<HerinneringenVerslag> {
  const vandaag = vandaagInNederland(nu);
  const deadlines = await alleDeadlines(nu);
  const personen: Persoon[] = await db.gebruiker.findMany({
    where: { actief: true },
    select: { id: true, naam: true, email: true, rol: true, aanbiederId: true, herinneringenUit: true },
  });
  const perId = new Map(personen.map((p) => [p.id, p]));
  const wie = (o: Ontvangers): Persoon[] => {
    if (o.soort === "persoon") return perId.has(o.gebruikerId) ? [perId.get(o.gebruikerId)!] : [];
    if (o.soort === "aanbieder") return personen.filter((p) => p.aanbiederId === o.aanbiederId && isAanbiederRol(p.rol));
    return personen.filter((p) => !p.aanbiederId && mag(p.rol, o.actie));
  };

  // What each person would get today: deadline × stage.
  const perPersoon = new Map<string, (HerinneringRegel & { sleutel: string })[]>();
  for (const d of deadlines) {
    const fase = faseVan(vandaag, d.uiterlijk);
    if (!fase || !(d.fasen ?? ALLE_FASEN).includes(fase)) continue;
    const regel = { sleutel: d.sleutel, fase, wat: d.wat, uiterlijk: d.uiterlijk, pad: d.pad };
    for (const o of d.ontvangers) {
      if (o.soort === "persoon" && o.alleenTeLaat && fase !== "te-laat") continue;
      for (const p of wie(o)) {
        const lijst = perPersoon.get(p.id) ?? [];
        // Gemeente staff (the contact person) open the toewijzing on their own side of the portal.
        const r = p.aanbiederId || !d.gemeentePad ? regel : { ...regel, pad: d.gemeentePad };
        if (!lijst.some((x) => x.sleutel === r.sleutel)) lijst.push(r);
        perPersoon.set(p.id, lijst);
      }
    }
  }

  const verslag: HerinneringenVerslag = { mails: 0, herinneringen: 0, uitgezet: 0, uitgesteld: 0, mislukt: 0 };
  const dagBegin = beginVanDagInNederland(vandaag);
  for (const [id, kandidaten] of perPersoon) {
    const p = perId.get(id)!;
    const verzonden = await db.herinneringVerzonden.findMany({
      where: { ontvangerId: id, sleutel: { in: kandidaten.map((r) => r.sleutel) } },
      select: { sleutel: true, fase: true },
    });
    const nieuw = kandidaten.filter((r) => !verzonden.some((v) => v.sleutel === r.sleutel && v.fase === r.fase));
    if (!nieuw.length) continue;
    if (p.herinneringenUit) {
      verslag.uitgezet++;
      continue;
    }
    // At most one digest a day: what is new after today's mail waits for tomorrow's.
    if (await db.herinneringVerzonden.count({ where: { ontvangerId: id, verzondenOp: { gte: dagBegin } } })) {
      verslag.uitgesteld++;
      continue;
    }
    let ids: string[];
    try {
      ids = await db.$transaction(async (tx) => {
        const uit: string[] = [];
        for (const r of nieuw)
          uit.push(
            (await tx.herinneringVerzonden.create({ data: { sleutel: r.sleutel, fase: r.fase, ontvangerId: id, verzondenOp: nu } })).id,
          );
        return uit;
      });
    } catch {
      continue; // another run recorded them first (unique sleutel + fase + ontvanger)
    }
    try {
      await verstuurMail({ aan: p.email, onderwerp: digestOnderwerp(nieuw), tekst: digestTekst(p.naam, nieuw, link) });
      verslag.mails++;
      verslag.herinneringen += nieuw.length;
    } catch (e) {
      await db.herinneringVerzonden.deleteMany({ where: { id: { in: ids } } });
      verslag.mislukt++;
      log.error({ taak: "herinneringen", fout: e instanceof Error ? e.message : String(e) }, "herinnering niet verzonden");
    }
  }
  return verslag;
}

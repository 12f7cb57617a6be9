import { beforeAll, describe, expect, it } from "vitest";
import { outboxMap } from "@/server/mail/mailer";
import { leesOutbox } from "@/server/mail/outbox";
import * as eindverantwoording from "@/server/toewijzingen/eindverantwoording";
import * as opvolgen from "@/server/toewijzingen/eindverantwoording-opvolgen";
import { maakInwoner, maakTraject, trajectBetrokkenen } from "../fixtures/traject";
import { testDb } from "../support/database";
import { leesData } from "../support/gelezen";

// Issue 11, R-EV-1…3 and R-LAD-3 on a real database: the aanbieder writes and submits once, the
// contact person reads (logged), sends back once, marks it read and records the trede after it.

const ev = { ...eindverantwoording, ...opvolgen };
const betrokkenen = trajectBetrokkenen({
  regisseur: ["TRAJECTREGISSEUR"],
  collega: ["TRAJECTREGISSEUR"],
  teammanager: ["TEAMMANAGER"],
  centrum: ["CENTRUM"],
  mwA: ["AANBIEDER_MEDEWERKER", "a"],
  mwB: ["AANBIEDER_MEDEWERKER", "b"],
});
const { ids, als } = betrokkenen;
let traject: { id: string; inwonerId: string; doelIds: string[] };

const regisseur = () => als("regisseur");
const collega = () => als("collega");
const teammanager = () => als("teammanager");
const centrum = () => als("centrum");
const mwA = () => als("mwA");
const mwB = () => als("mwB");

const compleet = (id: string, doelIds: string[], over: Record<string, string> = {}) => ({
  id,
  actie: "indienen",
  versie: "",
  algemeen: "Sanne kwam elke week, ook toen het thuis moeilijk was.",
  resultaatToelichting: "",
  voortzetten: "Op tijd beginnen blijft een aandachtspunt.",
  nieuweDoelen: "Geen verlenging nodig.",
  vervolgNodig: "nee",
  adviesTrede: "4",
  adviesWaarHoe: "Onbetaald werk bij de kringloop, met een vaste collega.",
  stapGemaakt: "ja",
  stapToelichting: "Ze doet drie dagen per week mee in het team.",
  bereikteTrede: "3",
  samenMetInwoner: "ja",
  samenMetInwonerOp: "2026-05-01",
  ...Object.fromEntries(
    doelIds.flatMap((d) => [
      [`resultaat-${d}`, "BEREIKT"],
      [`toelichting-${d}`, "Gelukt."],
    ]),
  ),
  ...over,
});

async function auditRegels(activiteit: string) {
  return testDb.auditRegel.findMany({ where: { activiteit }, orderBy: { tijdstip: "asc" } });
}

beforeAll(async () => {
  const db = testDb;
  await betrokkenen.maak(db, { wachtwoordHash: "x" });
  const inwoner = await maakInwoner(db, { vastgelegdDoorId: ids.regisseur!, contactpersoonId: ids.regisseur! });
  traject = await maakTraject(db, {
    inwonerId: inwoner.id,
    aanbiederId: ids.a!,
    contactpersoonId: ids.regisseur!,
    doelen: ["Weet bij wie ze terecht kan", "Begint op tijd"],
  });
});

describe("the aanbieder writes and submits (R-EV-2, R-EV-3)", () => {
  it("only the aanbieder of the toewijzing sees it; its read is logged with the inwoner as betrokkene", async () => {
    expect(await leesData(ev.eindverantwoordingVoorAanbieder(mwB(), { id: traject.id }, { bron: "test" }))).toBeNull();
    expect(await leesData(ev.eindverantwoordingVoorAanbieder(regisseur(), { id: traject.id }, { bron: "test" }))).toBeNull();
    const t = await leesData(ev.eindverantwoordingVoorAanbieder(mwA(), { id: traject.id }, { bron: "test" }));
    expect(t?.doelen.map((d) => d.omschrijving)).toEqual(["Weet bij wie ze terecht kan", "Begint op tijd"]);
    expect(t?.context).toMatchObject({ ontwikkeling: true, verlengbaar: true });
    const log = await auditRegels("eindverantwoording-bekijken-aanbieder");
    expect(log.at(-1)).toMatchObject({ gebruikerId: ids.mwA, betrokkene: traject.inwonerId, uitkomst: "gelukt" });
  });

  it("another aanbieder and forged ids get 'not found', never an exception", async () => {
    const r = await ev.bewaarEindverantwoording(mwB(), compleet(traject.id, traject.doelIds));
    expect(r).toMatchObject({ ok: false, formError: expect.stringMatching(/bestaat niet/) });
    const vals = await ev.bewaarEindverantwoording(mwA(), { ...compleet(traject.id, traject.doelIds), id: { contains: "" } });
    expect(vals.ok).toBe(false);
    const onbekend = await ev.bewaarEindverantwoording(mwA(), compleet("bestaatniet", []));
    expect(onbekend).toMatchObject({ ok: false, formError: expect.stringMatching(/bestaat niet/) });
    expect(await testDb.eindverantwoording.count()).toBe(0);
  });

  it("a draft is saved incomplete; submitting checks every section and keeps it a draft when something is missing", async () => {
    const concept = await ev.bewaarEindverantwoording(mwA(), {
      id: traject.id,
      actie: "concept",
      versie: "",
      algemeen: "Eerste aanzet.",
      [`resultaat-${traject.doelIds[0]}`]: "GEDEELTELIJK",
      [`toelichting-${traject.doelIds[0]}`]: "Nog niet altijd.",
    });
    expect(concept).toMatchObject({ ok: true, melding: expect.stringMatching(/concept is opgeslagen/) });
    const opgeslagen = await testDb.eindverantwoording.findUniqueOrThrow({
      where: { toewijzingId: traject.id },
      include: { resultaten: true },
    });
    expect(opgeslagen).toMatchObject({ status: "CONCEPT", algemeen: "Eerste aanzet.", versie: 1, ingediendOp: null });
    expect(opgeslagen.resultaten).toHaveLength(1);

    const onvolledig = await ev.bewaarEindverantwoording(mwA(), {
      ...compleet(traject.id, traject.doelIds, { stapGemaakt: "", bereikteTrede: "", samenMetInwoner: "" }),
      versie: "1",
    });
    expect(onvolledig.ok).toBe(false);
    if (onvolledig.ok) return;
    expect(onvolledig.fieldErrors).toMatchObject({
      stapGemaakt: "Kies of de afgesproken stap is gemaakt.",
      bereikteTrede: "Kies de trede die de inwoner heeft bereikt.",
      samenMetInwoner: expect.stringMatching(/samen met de inwoner/),
    });
    expect((await testDb.eindverantwoording.findUniqueOrThrow({ where: { toewijzingId: traject.id } })).status).toBe("CONCEPT");
  });

  it("an outdated version is refused (a colleague saved in between), the input is not lost", async () => {
    const r = await ev.bewaarEindverantwoording(mwA(), { ...compleet(traject.id, traject.doelIds), versie: "0" });
    expect(r).toMatchObject({ ok: false, formError: expect.stringMatching(/collega/) });
  });

  it("submits once; after that it is read-only", async () => {
    const r = await ev.bewaarEindverantwoording(mwA(), { ...compleet(traject.id, traject.doelIds), versie: "1" });
    expect(r).toMatchObject({ ok: true, melding: expect.stringMatching(/ingediend/) });
    const e = await testDb.eindverantwoording.findUniqueOrThrow({
      where: { toewijzingId: traject.id },
      include: { resultaten: true },
    });
    expect(e).toMatchObject({ status: "INGEDIEND", stapGemaakt: true, bereikteTrede: 3, adviesTrede: 4, ingediendDoorId: ids.mwA });
    expect(e.ingediendOp).not.toBeNull();
    expect(e.resultaten).toHaveLength(2);
    const nogmaals = await ev.bewaarEindverantwoording(mwA(), { ...compleet(traject.id, traject.doelIds), versie: "2", actie: "concept" });
    expect(nogmaals).toMatchObject({ ok: false, formError: expect.stringMatching(/al ingediend/) });
  });
});

describe("the contact person reads, sends back once, marks read, records the trede (R-LAD-3)", () => {
  it("every read by staff is logged with the inwoner; the aanbieder's users get nothing here; only the contact person decides", async () => {
    const voor = (await auditRegels("eindverantwoording-lezen")).length;
    const t = await leesData(ev.eindverantwoordingVoorGemeente(regisseur(), { id: traject.id }, { bron: "test" }));
    expect(t).toMatchObject({ magBeslissen: true });
    expect((await leesData(ev.eindverantwoordingVoorGemeente(collega(), { id: traject.id }, { bron: "test" })))?.magBeslissen).toBe(false);
    expect((await leesData(ev.eindverantwoordingVoorGemeente(teammanager(), { id: traject.id }, { bron: "test" })))?.magBeslissen).toBe(
      true,
    );
    expect((await leesData(ev.eindverantwoordingVoorGemeente(centrum(), { id: traject.id }, { bron: "test" })))?.magBeslissen).toBe(false);
    expect(await leesData(ev.eindverantwoordingVoorGemeente(mwA(), { id: traject.id }, { bron: "test" }))).toBeNull();
    const log = (await auditRegels("eindverantwoording-lezen")).slice(voor);
    expect(log.map((l) => [l.gebruikerId, l.betrokkene, l.uitkomst])).toEqual([
      [ids.regisseur, traject.inwonerId, "gelukt"],
      [ids.collega, traject.inwonerId, "gelukt"],
      [ids.teammanager, traject.inwonerId, "gelukt"],
      [ids.centrum, traject.inwonerId, "gelukt"],
      [ids.mwA, traject.inwonerId, "geweigerd"],
    ]);
  });

  it("a colleague who is not the contact person cannot send it back or mark it read", async () => {
    const r = await ev.stuurEindverantwoordingTerug(collega(), { id: traject.id, terugvraag: "Welke trede bedoel je precies?" });
    expect(r).toMatchObject({ ok: false, formError: expect.stringMatching(/alleen de contactpersoon/) });
    expect((await ev.markeerEindverantwoordingGelezen(centrum(), { id: traject.id })).ok).toBe(false);
    expect((await ev.markeerEindverantwoordingGelezen(mwA(), { id: traject.id })).ok).toBe(false);
  });

  it("sends back once with a question; the aanbieder sees it, edits and submits again; a second send-back is refused", async () => {
    const r = await ev.stuurEindverantwoordingTerug(regisseur(), { id: traject.id, terugvraag: "Is trede 3 al stabiel, ook op maandag?" });
    expect(r.ok).toBe(true);
    const aanbieder = await leesData(ev.eindverantwoordingVoorAanbieder(mwA(), { id: traject.id }, { bron: "test" }));
    expect(aanbieder?.eindverantwoording).toMatchObject({ status: "TERUGGESTUURD", terugvraag: "Is trede 3 al stabiel, ook op maandag?" });
    const eerste = aanbieder!.eindverantwoording!.ingediendOp;

    const mail = (await leesOutbox(outboxMap())).find((m) => m.aan === "mwA@t.example");
    expect(mail?.tekst).toContain("Naam regisseur");
    expect(mail?.tekst).not.toMatch(/\d{9}/);

    const opnieuw = await ev.bewaarEindverantwoording(
      mwA(),
      compleet(traject.id, traject.doelIds, { versie: String(aanbieder!.eindverantwoording!.versie), algemeen: "Ook op maandag stabiel." }),
    );
    expect(opnieuw.ok).toBe(true);
    const e = await testDb.eindverantwoording.findUniqueOrThrow({ where: { toewijzingId: traject.id } });
    expect(e).toMatchObject({ status: "INGEDIEND", algemeen: "Ook op maandag stabiel." });
    expect(e.ingediendOp).toEqual(eerste); // the deadline was met on the first submission
    expect(e.laatstIngediendOp!.getTime()).toBeGreaterThanOrEqual(eerste!.getTime());

    const tweede = await ev.stuurEindverantwoordingTerug(regisseur(), { id: traject.id, terugvraag: "Nog een vraag over de doelen?" });
    expect(tweede).toMatchObject({ ok: false, formError: expect.stringMatching(/al een keer teruggestuurd/) });
  });

  it("marks it read, then records the trede after the traject, linked to the toewijzing, once", async () => {
    expect(
      (
        await ev.legTredeNaTrajectVast(collega(), {
          id: traject.id,
          datum: "2026-05-02",
          trede: "3",
          perspectiefTrede: "4",
          toelichting: "",
        })
      ).ok,
    ).toBe(false);
    expect((await ev.markeerEindverantwoordingGelezen(regisseur(), { id: traject.id })).ok).toBe(true);
    expect((await ev.markeerEindverantwoordingGelezen(regisseur(), { id: traject.id })).ok).toBe(false);
    const teVroeg = await ev.legTredeNaTrajectVast(regisseur(), {
      id: traject.id,
      datum: "2025-12-31",
      trede: "3",
      perspectiefTrede: "",
      toelichting: "",
    });
    expect(teVroeg).toMatchObject({ ok: false, fieldErrors: { datum: expect.stringMatching(/na de start/) } });
    const r = await ev.legTredeNaTrajectVast(regisseur(), {
      id: traject.id,
      datum: "2026-05-02",
      trede: "3",
      perspectiefTrede: "4",
      toelichting: "Stap gemaakt.",
    });
    expect(r.ok).toBe(true);
    const regels = await testDb.ladderRegel.findMany({ where: { inwonerId: traject.inwonerId }, orderBy: { datum: "desc" } });
    expect(regels[0]).toMatchObject({ trede: 3, perspectiefTrede: 4, toewijzingId: traject.id, vastgelegdDoorId: ids.regisseur });
    expect(regels[0]!.toelichting).toMatch(/^Na traject TW-.*: Stap gemaakt\.$/);
    const tweede = await ev.legTredeNaTrajectVast(regisseur(), {
      id: traject.id,
      datum: "2026-05-03",
      trede: "4",
      perspectiefTrede: "",
      toelichting: "",
    });
    expect(tweede).toMatchObject({ ok: false, formError: expect.stringMatching(/al vastgelegd/) });
    const log = await auditRegels("trede-na-traject-vastleggen");
    expect(log.filter((l) => l.uitkomst === "gelukt")).toHaveLength(1);
    expect(log.every((l) => l.betrokkene === traject.inwonerId || l.gebruikerId === ids.collega)).toBe(true);
  });
});

describe("early stop and other products (R-EV-1)", () => {
  it("a toewijzing stopped early still takes its eindverantwoording; one never started does not", async () => {
    const db = testDb;
    const inwoner = await maakInwoner(db, { vastgelegdDoorId: ids.regisseur!, contactpersoonId: ids.regisseur! });
    const gestopt = await maakTraject(db, {
      inwonerId: inwoner.id,
      aanbiederId: ids.a!,
      contactpersoonId: ids.regisseur!,
      status: "BEEINDIGD",
      beeindigdOp: "2026-03-01",
    });
    expect(
      (await ev.bewaarEindverantwoording(mwA(), compleet(gestopt.id, [], { resultaatToelichting: "Gestopt na twee maanden." }))).ok,
    ).toBe(true);
    const nooit = await maakTraject(db, {
      inwonerId: inwoner.id,
      aanbiederId: ids.a!,
      contactpersoonId: ids.regisseur!,
      status: "TOEGEWEZEN",
      startdatum: "2026-08-01",
      einddatum: "2027-01-31",
    });
    expect(await ev.bewaarEindverantwoording(mwA(), compleet(nooit.id, [], { resultaatToelichting: "x" }))).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/Meld eerst de start/),
    });
  });

  it("op-trede asks no step, and stores none", async () => {
    const db = testDb;
    const inwoner = await maakInwoner(db, { vastgelegdDoorId: ids.regisseur!, contactpersoonId: ids.regisseur!, trede: 3 });
    const op = await maakTraject(db, {
      inwonerId: inwoner.id,
      aanbiederId: ids.a!,
      contactpersoonId: ids.regisseur!,
      productCode: "OP_TREDE_3",
      einddatum: "2027-01-04",
      urenPerWeek: 12,
    });
    const r = await ev.bewaarEindverantwoording(
      mwA(),
      compleet(op.id, [], { resultaatToelichting: "Houdt het vol.", stapGemaakt: "", stapToelichting: "", bereikteTrede: "" }),
    );
    expect(r.ok).toBe(true);
    expect(await db.eindverantwoording.findUniqueOrThrow({ where: { toewijzingId: op.id } })).toMatchObject({
      stapGemaakt: null,
      bereikteTrede: null,
    });
  });
});

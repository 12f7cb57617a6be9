import { beforeAll, describe, expect, it } from "vitest";
import { addDays, addMonths, toIsoDate, vandaagInNederland } from "@/domain/kalender";
import { maakInwoner, maakTraject, trajectBetrokkenen } from "../fixtures/traject";
import { testDb } from "../support/database";
import * as af from "@/server/inwoners/afsluiten";
import * as inw from "@/server/inwoners/inwoners";
import * as orientatie from "@/server/orientaties/registreren";
import * as toewijzingen from "@/server/toewijzingen/toewijzingen";
import * as toewijzingLezen from "@/server/toewijzingen/toewijzing-lezen";
import * as startStop from "@/server/toewijzingen/start-stop";

// Issue 21 item 25 (docs/decisions/0034) on a real database: closing an inwoner with a reason,
// refused while a toewijzing runs, left out of the default search, reopened after a mistake; each
// step audit-logged with the inwoner as betrokkene.

const toew = { ...toewijzingen, ...toewijzingLezen, ...startStop };
const { ids, als, maak } = trajectBetrokkenen({
  regisseur: ["TRAJECTREGISSEUR"],
  centrum: ["CENTRUM"],
  beheerder: ["BEHEERDER"],
  mwA: ["AANBIEDER_MEDEWERKER", "a"],
});
const vandaag = vandaagInNederland();
const iso = (d: Date) => toIsoDate(d);
let inwonerId = "";
let naam = "";

beforeAll(async () => {
  await maak(testDb);
  const i = await maakInwoner(testDb, { vastgelegdDoorId: ids.regisseur!, contactpersoonId: ids.regisseur! });
  inwonerId = i.id;
  naam = i.achternaam;
});

const afsluiten = (over: Record<string, string> = {}) => ({
  id: inwonerId,
  reden: "VERHUISD",
  datum: iso(vandaag),
  toelichting: "",
  ...over,
});

describe("closing an inwoner (issue 21 item 25)", () => {
  it("is for staff with inwoner:afsluiten only", async () => {
    for (const wie of ["centrum", "beheerder", "mwA"]) {
      const r = await af.sluitInwonerAf(als(wie), afsluiten());
      expect(r).toMatchObject({ ok: false, formError: "Je mag inwoners niet afsluiten of heropenen." });
    }
    expect((await af.sluitInwonerAf(null, afsluiten())).ok).toBe(false);
    const geweigerd = await testDb.auditRegel.findMany({ where: { activiteit: "inwoner-afsluiten", uitkomst: "geweigerd" } });
    expect(geweigerd.length).toBe(4);
  });

  it("asks for a reason from the list, a date not in the future and an explanation for 'anders'", async () => {
    const r = await af.sluitInwonerAf(als("regisseur"), afsluiten({ reden: "WEG", datum: iso(addDays(vandaag, 1)) }));
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: {
        reden: "Kies waarom de inwoner wordt afgesloten.",
        datum: "Vul een datum in van 2000 tot en met vandaag. Sluit een inwoner af wanneer het zover is.",
      },
    });
    const anders = await af.sluitInwonerAf(als("regisseur"), afsluiten({ reden: "ANDERS" }));
    expect(anders).toMatchObject({ ok: false, fieldErrors: { toelichting: expect.stringMatching(/^Schrijf bij 'Anders'/) } });
    // before the latest ladder step (1 December 2025)
    const vroeg = await af.sluitInwonerAf(als("regisseur"), afsluiten({ datum: "2025-11-30" }));
    expect(vroeg).toMatchObject({
      ok: false,
      fieldErrors: { datum: "De datum ligt niet vóór de laatste trede in de ladderhistorie (1 december 2025)." },
    });
  });

  it("is refused while a toewijzing runs, and allowed once it has ended", async () => {
    const t = await maakTraject(testDb, {
      inwonerId,
      aanbiederId: ids.a!,
      contactpersoonId: ids.regisseur!,
      startdatum: iso(addMonths(vandaag, -2)),
      einddatum: iso(addMonths(vandaag, 4)),
    });
    const r = await af.sluitInwonerAf(als("regisseur"), afsluiten());
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.formError).toContain(`nog een lopende toewijzing (${t.nummer})`);
    expect((await testDb.inwoner.findUniqueOrThrow({ where: { id: inwonerId } })).afgeslotenOp).toBeNull();

    // A toewijzing past its end date is no longer running (levensloop: afgelopen).
    await testDb.toewijzing.update({ where: { id: t.id }, data: { einddatum: addDays(vandaag, -10) } });
    const vroeg = await af.sluitInwonerAf(als("regisseur"), afsluiten({ datum: iso(addDays(vandaag, -20)) }));
    expect(vroeg.ok ? "" : vroeg.fieldErrors.datum).toMatch(/^De datum ligt niet vóór het einde van de laatste toewijzing/);
    const ok = await af.sluitInwonerAf(als("regisseur"), afsluiten({ reden: "ANDERS", toelichting: "Gaat naar Lucrato" }));
    expect(ok).toMatchObject({ ok: true });
    const i = await testDb.inwoner.findUniqueOrThrow({ where: { id: inwonerId } });
    expect([i.afgeslotenOp, i.afsluitreden, i.afsluittoelichting]).toEqual([vandaag, "ANDERS", "Gaat naar Lucrato"]);
    const log = await testDb.auditRegel.findFirstOrThrow({ where: { activiteit: "inwoner-afsluiten", uitkomst: "gelukt" } });
    expect([log.betrokkene, log.toelichting]).toEqual([inwonerId, "reden: ANDERS"]);
    // closed twice: the first stands
    expect(await af.sluitInwonerAf(als("regisseur"), afsluiten())).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/al afgesloten/),
    });
  });

  it("leaves a closed inwoner out of the search unless asked for, and says so", async () => {
    const gewoon = await inw.zoekInwoners(als("regisseur"), { q: naam });
    expect(gewoon).toMatchObject({ ok: true, regels: [], verborgen: 1 });
    const ook = await inw.zoekInwoners(als("regisseur"), { q: naam, afgesloten: "ja" });
    expect(ook.ok && ook.regels.map((r) => [r.id, r.afgeslotenOp])).toEqual([[inwonerId, vandaag]]);
    // nothing new for a closed inwoner: no trede
    const trede = await inw.legTredeVast(als("regisseur"), {
      id: inwonerId,
      datum: iso(vandaag),
      trede: "3",
      perspectiefTrede: "",
      toelichting: "",
    });
    expect(trede).toMatchObject({ ok: false, formError: expect.stringMatching(/^Deze inwoner is afgesloten/) });
    // nor an oriëntatie, nor a toewijzing
    const or = await orientatie.registreerOrientatie(als("centrum"), { inwonerId, startdatum: iso(vandaag), einddatum: "" });
    expect(or).toMatchObject({ ok: false, fieldErrors: { inwonerId: expect.stringMatching(/^Deze inwoner is afgesloten/) } });
    const tw = await toew.geefToewijzingAf(als("regisseur"), {
      inwonerId,
      productCode: "ONTW_3",
      aanbiederId: ids.a!,
      werkplekId: "",
      startdatum: iso(vandaag),
      einddatum: "",
      urenPerWeek: "",
      verlengingVanId: "",
    });
    expect(tw).toMatchObject({ ok: false, formError: expect.stringMatching(/^Deze inwoner is afgesloten/) });
  });

  it("reopens a closure made by mistake, logged with what was undone", async () => {
    expect((await af.heropenInwoner(als("centrum"), { id: inwonerId })).ok).toBe(false);
    expect(await af.heropenInwoner(als("regisseur"), { id: inwonerId })).toMatchObject({ ok: true });
    const i = await testDb.inwoner.findUniqueOrThrow({ where: { id: inwonerId } });
    expect([i.afgeslotenOp, i.afsluitreden, i.afsluittoelichting]).toEqual([null, null, null]);
    const log = await testDb.auditRegel.findFirstOrThrow({ where: { activiteit: "inwoner-heropenen", uitkomst: "gelukt" } });
    expect([log.betrokkene, log.toelichting]).toEqual([inwonerId, `was afgesloten op ${iso(vandaag)}, reden: ANDERS`]);
    expect(await af.heropenInwoner(als("regisseur"), { id: inwonerId })).toMatchObject({
      ok: false,
      formError: "Deze inwoner is niet afgesloten.",
    });
    const gevonden = await inw.zoekInwoners(als("regisseur"), { q: naam });
    expect(gevonden.ok && gevonden.regels.length).toBe(1);
  });
});

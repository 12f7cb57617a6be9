import { beforeAll, describe, expect, it } from "vitest";
import { calendarDate } from "@/domain/kalender";
import { maakInwoner, maakTraject, trajectBetrokkenen } from "../fixtures/traject";
import { maakWerkplek } from "../fixtures/werkplekken";
import { testDb } from "../support/database";
import { data, reden } from "../support/gelezen";
import { bewaartermijnenOverzicht, zetBewaartermijn } from "@/server/bewaartermijnen/beheer";
import { vindTaak } from "@/server/taken/intern/lijst";
import { doorstroomRapport } from "@/server/inwoners/doorstroom";

// Issue 23 (AVG storage limitation, docs/decisions/0042) on a real database: beheer sets the terms
// with their legal basis; the task removes handled interest requests and old audit records,
// anonymises inwoners closed long enough ago, reports counts only, and the reports count the same.

const { ids, als, maak } = trajectBetrokkenen({
  beheerder: ["BEHEERDER"],
  teammanager: ["TEAMMANAGER"],
  regisseur: ["TRAJECTREGISSEUR"],
});
const NU_RAPPORT = new Date("2026-12-01T10:00:00Z");
const NU_TAAK = new Date("2028-06-01T02:00:00Z");
let afgesloten = { id: "", bsn: "", achternaam: "" };
let blijft = { id: "", bsn: "" };
let interesses: Record<"oud" | "recent" | "open", string> = { oud: "", recent: "", open: "" };

beforeAll(async () => {
  await maak(testDb);
  const wie = { vastgelegdDoorId: ids.regisseur!, contactpersoonId: ids.regisseur! };
  const i = await maakInwoner(testDb, { ...wie, trede: 2 });
  const t = await maakTraject(testDb, { inwonerId: i.id, aanbiederId: ids.a!, contactpersoonId: ids.regisseur!, status: "BEEINDIGD" });
  await testDb.eindverantwoording.create({ data: { toewijzingId: t.id, status: "GELEZEN", stapGemaakt: true, bereikteTrede: 3 } });
  await testDb.ladderRegel.create({
    data: {
      inwonerId: i.id,
      datum: calendarDate("2026-07-10"),
      trede: 3,
      vastgelegdDoorId: ids.regisseur!,
      toewijzingId: t.id,
      toelichting: "Werkt bij de bakker",
    },
  });
  await testDb.inwoner.update({
    where: { id: i.id },
    data: {
      afgeslotenOp: calendarDate("2026-11-15"),
      afsluitreden: "VERHUISD",
      afsluittoelichting: "Verhuisd naar Zwolle",
      email: "s@x.example",
    },
  });
  afgesloten = i;
  blijft = await maakInwoner(testDb, wie);

  const werkplek = await maakWerkplek(testDb, { aanbiederId: ids.a! });
  const interesse = (referentie: string, extra: object) =>
    testDb.interesse.create({
      data: {
        referentie,
        werkplekId: werkplek.id,
        naam: "Kees",
        email: "k@x.example",
        postcode: "7311",
        bericht: "",
        toestemmingOp: new Date(),
        ...extra,
      },
    });
  interesses = {
    oud: (await interesse("AWM-BEWAAR01", { status: "AFGEHANDELD", afgehandeldOp: new Date("2027-10-01T10:00:00Z") })).id,
    recent: (await interesse("AWM-BEWAAR02", { status: "AFGEHANDELD", afgehandeldOp: new Date("2028-05-01T10:00:00Z") })).id,
    open: (await interesse("AWM-BEWAAR03", { status: "NIEUW" })).id,
  };
  await testDb.auditRegel.create({
    data: { tijdstip: new Date("2025-01-01T10:00:00Z"), activiteit: "inloggen", bron: "/inloggen", uitkomst: "gelukt" },
  });
});

describe("retention terms in beheer", () => {
  it("shows each kind with its term and legal basis, for beheer only", async () => {
    const lijst = await data(bewaartermijnenOverzicht(als("beheerder"), {}));
    expect(lijst.map((s) => [s.naam, s.maanden, s.standaard])).toEqual([
      ["Interesse-aanvragen", 6, true],
      ["Afgesloten inwoners", 60, true],
      ["Logboek van verwerkingen", 24, true],
    ]);
    expect(lijst[1]!.grondslag).toContain("Archiefwet");
    expect(await reden(bewaartermijnenOverzicht(als("teammanager"), {}))).toBe("geen-toegang");
    expect(await zetBewaartermijn(als("teammanager"), { soort: "interesse", maanden: "3" })).toMatchObject({ ok: false });
  });

  it("refuses a term below the minimum, and stores a valid one", async () => {
    expect(await zetBewaartermijn(als("beheerder"), { soort: "inwoner-afgesloten", maanden: "6" })).toMatchObject({
      ok: false,
      fieldErrors: { maanden: "Vul minstens 12 maanden in." },
    });
    expect(await zetBewaartermijn(als("beheerder"), { soort: "inwoner-afgesloten", maanden: "12" })).toMatchObject({
      ok: true,
      melding: "De bewaartermijn is opgeslagen: Afgesloten inwoners, 12 maanden.",
    });
    const lijst = await data(bewaartermijnenOverzicht(als("beheerder"), {}));
    expect(lijst[1]).toMatchObject({ maanden: 12, standaard: false });
  });
});

describe("the retention task", () => {
  it("removes and anonymises what is past its term, reports counts only, and the report counts the same", async () => {
    const voor = await data(doorstroomRapport(als("teammanager"), { jaar: 2026 }, { nu: NU_RAPPORT }));
    expect(voor.perAanbieder.map((x) => [x.groep, x.aantal, x.omhoog])).toEqual([["Aanbieder A", 1, 1]]);

    const verslag = await vindTaak("bewaartermijnen")!.draai(NU_TAAK);
    expect(verslag).toEqual({ interesses: 1, inwoners: 1, auditregels: 1 });

    expect((await testDb.interesse.findMany({ orderBy: { referentie: "asc" } })).map((x) => x.id)).toEqual([
      interesses.recent,
      interesses.open,
    ]);
    const anoniem = await testDb.inwoner.findUniqueOrThrow({ where: { id: afgesloten.id } });
    expect(anoniem).toMatchObject({
      voornamen: "",
      achternaam: "Geanonimiseerd",
      straat: "",
      postcode: "",
      email: null,
      afsluittoelichting: null,
      afsluitreden: "VERHUISD",
      geboortedatum: calendarDate("1990-01-01"),
      geanonimiseerdOp: NU_TAAK,
    });
    expect(anoniem.bsn).not.toBe(afgesloten.bsn);
    expect(JSON.stringify(anoniem)).not.toContain(afgesloten.achternaam);
    expect((await testDb.ladderRegel.findMany({ where: { inwonerId: afgesloten.id } })).every((l) => l.toelichting === null)).toBe(true);
    expect(await testDb.inwoner.findUniqueOrThrow({ where: { id: blijft.id } })).toMatchObject({ bsn: blijft.bsn, geanonimiseerdOp: null });
    expect(await testDb.auditRegel.count({ where: { tijdstip: { lt: new Date("2026-01-01") } } })).toBe(0);

    const na = await data(doorstroomRapport(als("teammanager"), { jaar: 2026 }, { nu: NU_RAPPORT }));
    expect(na).toEqual(voor);

    const log = await testDb.auditRegel.findFirstOrThrow({ where: { activiteit: "bewaartermijnen-toepassen" } });
    expect(log).toMatchObject({
      betrokkene: null,
      toelichting: "interesse-aanvragen verwijderd: 1, inwoners geanonimiseerd: 1, logboekregels verwijderd: 1",
    });
  });

  it("removes nothing more on a second run", async () => {
    expect(await vindTaak("bewaartermijnen")!.draai(NU_TAAK)).toEqual({ interesses: 0, inwoners: 0, auditregels: 0 });
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { addDays, calendarDate, toIsoDate } from "@/domain/kalender";
import { maakInwoner, maakTraject, trajectBetrokkenen } from "../fixtures/traject";
import { testDb } from "../support/database";
import { leesOutbox } from "@/server/mail/outbox";
import { stuurHerinneringen } from "@/server/herinneringen/intern";
import { vindTaak } from "@/server/taken/intern/lijst";
import { mijnHerinneringen, zetHerinneringen } from "@/server/herinneringen/instellen";

// Issue 23 (docs/decisions/0042) on a real database: the reminder task mails each person one
// digest a day with the deadlines the portal already computes, sends each stage once, respects
// the opt-out on /mijn/herinneringen and never names an inwoner.

const { ids, als, maak } = trajectBetrokkenen({
  regisseur: ["TRAJECTREGISSEUR"],
  teammanager: ["TEAMMANAGER"],
  mwA: ["AANBIEDER_MEDEWERKER", "a"],
  abA: ["AANBIEDER_BEHEERDER", "a"],
  mwB: ["AANBIEDER_MEDEWERKER", "b"],
});

// Monday 1 June 2026, 10:00 in the Netherlands.
const VANDAAG = calendarDate("2026-06-01");
const op = (dag: Date, uur = 8) => new Date(dag.getTime() + uur * 3600_000);
const iso = (d: Date) => toIsoDate(d);
/** Newest first. */
const mailsAan = async (sleutel: string) =>
  (await leesOutbox(process.env.MAIL_OUTBOX_DIR!)).filter((m) => m.aan === `${sleutel}@t.example`);

let traject1 = { nummer: "", id: "" };
let traject2 = { nummer: "" };
let trajectB = { nummer: "" };
const inwoners: { bsn: string; voornamen: string; achternaam: string }[] = [];

beforeAll(async () => {
  await maak(testDb);
  const wie = { vastgelegdDoorId: ids.regisseur!, contactpersoonId: ids.regisseur! };
  const i1 = await maakInwoner(testDb, wie);
  const i2 = await maakInwoner(testDb, wie);
  const i3 = await maakInwoner(testDb, wie);
  inwoners.push(i1, i2, i3);
  // 1 at A: its three deadlines (einddatum − 6 weeks) fall in 10 days.
  traject1 = await maakTraject(testDb, {
    inwonerId: i1.id,
    aanbiederId: ids.a!,
    contactpersoonId: ids.regisseur!,
    startdatum: "2026-01-05",
    einddatum: iso(addDays(VANDAAG, 52)),
  });
  // 2 at A: toegewezen, its startdatum three days ago and no start reported: late.
  traject2 = await maakTraject(testDb, {
    inwonerId: i2.id,
    aanbiederId: ids.a!,
    contactpersoonId: ids.regisseur!,
    status: "TOEGEWEZEN",
    startdatum: iso(addDays(VANDAAG, -3)),
    einddatum: iso(addDays(VANDAAG, 300)),
  });
  // At B: the eindverantwoording was due a week ago.
  trajectB = await maakTraject(testDb, {
    inwonerId: i3.id,
    aanbiederId: ids.b!,
    contactpersoonId: ids.regisseur!,
    startdatum: "2026-01-05",
    einddatum: iso(addDays(VANDAAG, 35)),
  });
});

describe("the reminder digest (issue 23)", () => {
  it("sends each person one mail with all their deadlines, by the toewijzing's number", async () => {
    const verslag = await vindTaak("herinneringen")!.draai(op(VANDAAG));
    const [mail, ...meer] = await mailsAan("mwA");
    expect(meer).toHaveLength(0);
    expect(mail!.onderwerp).toBe("Werkt Mee: 4 termijnen vragen je aandacht (1 te laat)");
    expect(mail!.tekst).toContain(`Start melden van toewijzing ${traject2.nummer}, uiterlijk 29 mei 2026`);
    for (const wat of ["Eindverantwoording", "Evaluatiegesprek plannen", "Herindicatie aanvragen"])
      expect(mail!.tekst).toContain(`${wat} voor toewijzing ${traject1.nummer}, uiterlijk 11 juni 2026`);
    expect(mail!.tekst.indexOf("Te laat:")).toBeLessThan(mail!.tekst.indexOf("Binnen twee weken:"));
    expect(mail!.tekst).toContain("/mijn/herinneringen");
    // A colleague at A gets the same; B's user only B's three late deadlines.
    expect(await mailsAan("abA")).toHaveLength(1);
    const [b] = await mailsAan("mwB");
    expect(b!.tekst).toContain(`Eindverantwoording voor toewijzing ${trajectB.nummer}`);
    expect(b!.onderwerp).toBe("Werkt Mee: 3 termijnen vragen je aandacht (3 te laat)");
    expect(b!.tekst).not.toContain(traject1.nummer);
    // The contact person only hears of what is late.
    const [c] = await mailsAan("regisseur");
    expect(c!.tekst).toContain(`Start melden van toewijzing ${traject2.nummer}`);
    expect(c!.tekst).toContain(`Eindverantwoording voor toewijzing ${trajectB.nummer}`);
    expect(c!.tekst).not.toContain(traject1.nummer);
    // …with links to the gemeente's side of the portal, where they can open it.
    expect(c!.tekst).toContain("/gemeente/toewijzingen");
    expect(c!.tekst).not.toContain("/aanbieder/");
    expect(verslag).toMatchObject({ mails: 4, herinneringen: 4 + 4 + 3 + 4, uitgezet: 0, mislukt: 0 });
  });

  it("never names an inwoner or shows a BSN", async () => {
    const alle = await leesOutbox(process.env.MAIL_OUTBOX_DIR!);
    expect(alle.length).toBeGreaterThan(0);
    for (const m of alle)
      for (const i of inwoners) {
        expect(m.tekst).not.toContain(i.bsn);
        expect(m.tekst).not.toContain(i.achternaam);
        expect(m.onderwerp).not.toContain(i.achternaam);
      }
  });

  it("sends nothing more when it runs again the same day", async () => {
    const voor = (await leesOutbox(process.env.MAIL_OUTBOX_DIR!)).length;
    const verslag = await stuurHerinneringen(op(VANDAAG, 14));
    expect(verslag).toMatchObject({ mails: 0, herinneringen: 0, uitgesteld: 0 });
    expect(await leesOutbox(process.env.MAIL_OUTBOX_DIR!)).toHaveLength(voor);
  });

  it("sends each stage once: the deadline day brings one new mail, a late item is not repeated", async () => {
    const dag = addDays(VANDAAG, 10);
    await stuurHerinneringen(op(dag));
    await stuurHerinneringen(op(dag, 15));
    const mails = await mailsAan("mwA");
    expect(mails).toHaveLength(2);
    const nieuw = mails.find((m) => m.tekst.includes("Vandaag de laatste dag:"))!;
    expect(nieuw.onderwerp).toBe("Werkt Mee: 3 termijnen vragen je aandacht");
    expect(nieuw.tekst).not.toContain(traject2.nummer); // its late stage was mailed already
    // The next days: nothing new until traject 1 is late.
    await stuurHerinneringen(op(addDays(dag, 1)));
    expect(await mailsAan("mwA")).toHaveLength(3);
    expect((await mailsAan("mwA")).filter((m) => m.onderwerp.includes("(3 te laat)"))).toHaveLength(1);
    await stuurHerinneringen(op(addDays(dag, 2)));
    expect(await mailsAan("mwA")).toHaveLength(3);
    const rijen = await testDb.herinneringVerzonden.count({ where: { ontvangerId: ids.mwA!, sleutel: { contains: traject1.id } } });
    expect(rijen).toBe(9); // three deadlines × three stages
  });

  it("mails at most once a day: a deadline that appears after today's mail waits for tomorrow", async () => {
    const dag = addDays(VANDAAG, 20);
    const inw = await maakInwoner(testDb, { vastgelegdDoorId: ids.regisseur!, contactpersoonId: ids.regisseur! });
    const eerst = await maakTraject(testDb, {
      inwonerId: inw.id,
      aanbiederId: ids.b!,
      contactpersoonId: ids.regisseur!,
      status: "TOEGEWEZEN",
      startdatum: iso(dag),
      einddatum: iso(addDays(dag, 300)),
    });
    await stuurHerinneringen(op(dag));
    const na = (await mailsAan("mwB")).length;
    expect((await mailsAan("mwB"))[0]!.tekst).toContain(`Start melden van toewijzing ${eerst.nummer}`);
    const later = await maakTraject(testDb, {
      inwonerId: inw.id,
      aanbiederId: ids.b!,
      contactpersoonId: ids.regisseur!,
      status: "TOEGEWEZEN",
      startdatum: iso(addDays(dag, -1)),
      einddatum: iso(addDays(dag, 300)),
    });
    const r = await stuurHerinneringen(op(dag, 12));
    expect(r.uitgesteld).toBeGreaterThanOrEqual(1);
    expect(await mailsAan("mwB")).toHaveLength(na);
    await stuurHerinneringen(op(addDays(dag, 1)));
    expect(await mailsAan("mwB")).toHaveLength(na + 1);
    expect((await mailsAan("mwB"))[0]!.tekst).toContain(`Start melden van toewijzing ${later.nummer}`);
  });
});

describe("turning reminders off on /mijn/herinneringen", () => {
  it("is for a signed-in person, about their own account", async () => {
    expect(await zetHerinneringen(null, {})).toMatchObject({ ok: false, reden: "niet-ingelogd" });
    expect(await mijnHerinneringen(als("abA"), {})).toMatchObject({ ok: true, data: { aan: true } });
  });

  it("stops the mails for that person only, and turns them on again", async () => {
    expect(await zetHerinneringen(als("abA"), {})).toMatchObject({
      ok: true,
      melding: "Opgeslagen: je krijgt geen e-mails meer over termijnen.",
    });
    expect(await mijnHerinneringen(als("abA"), {})).toMatchObject({ ok: true, data: { aan: false } });
    const logboek = await testDb.auditRegel.findFirst({ where: { activiteit: "herinneringen-instellen", gebruikerId: ids.abA! } });
    expect(logboek?.toelichting).toBe("herinneringen uit");

    const dag = addDays(VANDAAG, 40);
    const inw = await maakInwoner(testDb, { vastgelegdDoorId: ids.regisseur!, contactpersoonId: ids.regisseur! });
    const t = await maakTraject(testDb, {
      inwonerId: inw.id,
      aanbiederId: ids.a!,
      contactpersoonId: ids.regisseur!,
      status: "TOEGEWEZEN",
      startdatum: iso(dag),
      einddatum: iso(addDays(dag, 300)),
    });
    const abVoor = (await mailsAan("abA")).length;
    const mwVoor = (await mailsAan("mwA")).length;
    const r = await stuurHerinneringen(op(dag));
    expect(r.uitgezet).toBe(1);
    expect(await mailsAan("abA")).toHaveLength(abVoor);
    expect(await mailsAan("mwA")).toHaveLength(mwVoor + 1);

    expect(await zetHerinneringen(als("abA"), { herinneringen: "aan" })).toMatchObject({ ok: true });
    await stuurHerinneringen(op(addDays(dag, 1)));
    const mails = await mailsAan("abA"); // newest first
    expect(mails).toHaveLength(abVoor + 1);
    expect(mails[0]!.tekst).toContain(`Start melden van toewijzing ${t.nummer}`);
  });
});

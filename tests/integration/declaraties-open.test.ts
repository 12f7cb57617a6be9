import { beforeAll, describe, expect, it } from "vitest";
import { gelezen, maakNoorJansen } from "../fixtures/declaratie-omgeving";
import { toIsoDate } from "@/domain/kalender";
import { maakAanbieder } from "../fixtures/werkplekken";
import { testDb } from "../support/database";
import * as open from "@/server/declaraties/open-regels";
import * as beoordelen from "@/server/declaraties/beoordelen";
import * as betaalruns from "@/server/declaraties/betaalruns";
import * as overzichten from "@/server/declaraties/overzichten";
import * as exporteren from "@/server/declaraties/export";

// Issue 21 item 4: the gemeente sees the open lines of every month, not only the month it looks
// at, each with its answer deadline (10 working days after receipt) and the late ones flagged.

const beo = { ...beoordelen, ...betaalruns, ...overzichten, ...exporteren };
const ids: Record<string, string> = {};
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const als = (sleutel: string, rol: string, aanbiederId: string | null = null) => ({
  id: ids[sleutel]!,
  naam: sleutel,
  email: `${sleutel}@t.example`,
  rol: rol as never,
  aanbiederId,
});
const teammanager = () => als("tm", "TEAMMANAGER");

let volgnummer = 0;
async function regel(maand: string, status: string, ingediendOp: string, aanbiederId = ids.a!) {
  volgnummer++;
  await testDb.declaratieregel.create({
    data: {
      nummer: `DR-2026-${String(volgnummer).padStart(6, "0")}`,
      toewijzingId: aanbiederId === ids.a ? ids.tA! : ids.tB!,
      aanbiederId,
      productCode: "OP_TREDE_3",
      maand,
      periodeStart: d(`${maand}-01`),
      periodeEind: d(`${maand}-28`),
      volume: 30,
      eenheid: "04",
      tariefCent: 1063,
      bedragCent: 31890,
      status: status as never,
      ingediendOp: new Date(ingediendOp),
    },
  });
}

beforeAll(async () => {
  const db = testDb;
  ids.a = (await maakAanbieder(db, "Aanbieder A")).id;
  ids.b = (await maakAanbieder(db, "Aanbieder B")).id;
  ids.tm = (await db.gebruiker.create({ data: { email: "tm@t.example", naam: "Tm", rol: "TEAMMANAGER" } })).id;
  ids.regisseur = (await db.gebruiker.create({ data: { email: "tr@t.example", naam: "Tr", rol: "TRAJECTREGISSEUR" } })).id;
  ids.inwoner = await maakNoorJansen(db, ids.regisseur!);
  for (const [sleutel, nummer, aanbieder] of [
    ["tA", "TW-2026-000001", ids.a],
    ["tB", "TW-2026-000002", ids.b],
  ] as const) {
    ids[sleutel] = (
      await db.toewijzing.create({
        data: {
          nummer,
          inwonerId: ids.inwoner,
          productCode: "OP_TREDE_3",
          aanbiederId: aanbieder!,
          startdatum: d("2026-01-05"),
          einddatum: d("2027-01-04"),
          urenPerWeek: 12,
          status: "GESTART",
          gestartOp: d("2026-01-05"),
          afgegevenDoorId: ids.regisseur,
          contactpersoonId: ids.regisseur,
        },
      })
    ).id;
  }
  // March paid in April, then corrected in June (the new line waits); May all approved; B's April
  // line waits since April.
  await regel("2026-03", "BETAALD", "2026-04-02T09:00:00Z");
  await regel("2026-03", "INGEDIEND", "2026-06-02T09:00:00Z");
  await regel("2026-05", "GOEDGEKEURD", "2026-06-01T09:00:00Z");
  await regel("2026-04", "INGEDIEND", "2026-05-04T09:00:00Z", ids.b);
});

describe("open lines of every month", () => {
  it("May's queue has nothing to check, but the overview shows March's correction and April's line with their deadlines", async () => {
    const mei = gelezen(await beo.wachtrij(teammanager(), { maand: "2026-05" }));
    expect(mei!.regels.filter((r) => r.status === "INGEDIEND")).toHaveLength(0);

    const o = gelezen(await open.openRegels(teammanager(), {}, { nu: new Date("2026-06-10T10:00:00Z") }));
    expect(o).toMatchObject({ totaal: 2, teLaat: 1 });
    expect(o!.perMaand.map((m) => [m.maand, m.aantal, m.teLaat, toIsoDate(m.eersteUiterlijk)])).toEqual([
      // Received Monday 4 May: 5 May (Bevrijdingsdag) counts as a working day, 14 May (Hemelvaart) not → 19 May.
      ["2026-03", 1, 0, "2026-06-16"],
      ["2026-04", 1, 1, "2026-05-19"],
    ]);
  });

  it("follows the aanbieder filter, and the month queue knows when each line was received", async () => {
    const o = gelezen(await open.openRegels(teammanager(), { aanbiederId: ids.a }, { nu: new Date("2026-06-17T10:00:00Z") }));
    expect(o).toMatchObject({ totaal: 1, teLaat: 1, perMaand: [expect.objectContaining({ maand: "2026-03" })] });
    const maart = gelezen(await beo.wachtrij(teammanager(), { maand: "2026-03" }));
    const wacht = maart!.regels.find((r) => r.status === "INGEDIEND")!;
    expect(wacht.ingediendOp.toISOString()).toBe("2026-06-02T09:00:00.000Z");
  });

  it("is not for an aanbieder or a contact person", async () => {
    expect(await open.openRegels(als("regisseur", "TRAJECTREGISSEUR"))).toMatchObject({ ok: false, reden: "geen-toegang" });
    expect(await open.openRegels(als("tm", "AANBIEDER_BEHEERDER", ids.a))).toMatchObject({ ok: false, reden: "geen-toegang" });
  });
});

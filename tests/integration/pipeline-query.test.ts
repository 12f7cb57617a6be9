import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { idVeld } from "@/domain/id";
import { defineQuery } from "@/server/pipeline";
import { als } from "../support/als";
import { testDb } from "../support/database";

// defineQuery itself (src/server/pipeline/query.ts): the reasons of its refusals, and the read audit
// it writes so that no query has to: one record per inwoner shown, a refusal record with the
// inwoner the input named, and nothing for a read about nothing personal.

type Dossier = { id: string; naam: string };
const DOSSIERS: Dossier[] = [
  { id: "inw-a", naam: "A" },
  { id: "inw-b", naam: "B" },
];

const dossiers = defineQuery({
  activiteit: "test-dossiers-bekijken",
  bron: "/test/dossiers",
  toegang: "inwoner:lezen",
  schema: z.object({ ids: z.array(idVeld).min(1) }),
  laad: async ({ invoer }) => {
    const gevonden = DOSSIERS.filter((d) => invoer.ids.includes(d.id));
    return gevonden.length ? gevonden : null;
  },
  // The same inwoner twice is read once.
  betrokkenen: (data) => [...data.map((d) => d.id), ...data.map((d) => d.id), null],
  betrokkene: (invoer) => invoer.ids[0] ?? null,
  toelichting: () => "zoekvraag: id",
});

const branchenamen = defineQuery({
  activiteit: "test-branches-lezen",
  bron: "/test/branches",
  toegang: "branches:beheren",
  wie: "gemeente",
  schema: z.object({}),
  laad: async () => (await testDb.branche.findMany({ select: { naam: true } })).map((b) => b.naam),
  nietGevonden: "Geen branches.",
});

const consulent = als("WMO_CONSULENT");
const beheerder = als("BEHEERDER");
const regels = (activiteit: string) =>
  testDb.auditRegel.findMany({
    where: { activiteit },
    orderBy: { betrokkene: "asc" },
    select: { gebruikerId: true, uitkomst: true, betrokkene: true, toelichting: true, bron: true },
  });

beforeAll(async () => {
  await als("WMO_CONSULENT", { db: testDb });
  await als("BEHEERDER", { db: testDb });
  await als("AANBIEDER_MEDEWERKER", { db: testDb });
});

describe("defineQuery refuses with a reason", () => {
  it.each([
    ["anonymous", "niet-ingelogd", null, { ids: ["inw-a"] }],
    ["a role without the permission", "geen-toegang", als("BEHEERDER"), { ids: ["inw-a"] }],
    ["parameters that do not parse", "ongeldig", als("WMO_CONSULENT"), { ids: "inw-a" }],
    ["no parameters at all", "ongeldig", als("WMO_CONSULENT"), undefined],
    ["nothing found", "niet-gevonden", als("WMO_CONSULENT"), { ids: ["bestaat-niet"] }],
  ] as const)("%s → %s", async (_, reden, g, invoer) => {
    const r = await dossiers(g, invoer);
    expect(r).toMatchObject({ ok: false, reden });
    if (!r.ok) expect(r.melding.length).toBeGreaterThan(5);
  });

  it("refuses the wrong kind of user, also one holding a permission through a stray aanbiederId", async () => {
    expect(await branchenamen(als("AANBIEDER_MEDEWERKER"))).toMatchObject({ ok: false, reden: "geen-toegang" });
    const scheef = als("BEHEERDER", { id: "scheve-beheerder", aanbiederId: "een-aanbieder" });
    expect(await branchenamen(scheef)).toMatchObject({ ok: false, reden: "geen-toegang" });
  });

  it("gives the data to the right caller (so the refusals above are not vacuous)", async () => {
    const r = await branchenamen(beheerder);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data.length).toBeGreaterThan(5);
  });
});

describe("the read audit written by defineQuery", () => {
  beforeEach(() => testDb.auditRegel.deleteMany({ where: { activiteit: "test-dossiers-bekijken" } }));

  it("writes one record per inwoner shown, each with its pseudonym and the note", async () => {
    const r = await dossiers(consulent, { ids: ["inw-a", "inw-b"] }, { bron: "/elders" });
    expect(r).toEqual({ ok: true, data: DOSSIERS });
    expect(await regels("test-dossiers-bekijken")).toEqual([
      { gebruikerId: consulent.id, uitkomst: "gelukt", betrokkene: "inw-a", toelichting: "zoekvraag: id", bron: "/elders" },
      { gebruikerId: consulent.id, uitkomst: "gelukt", betrokkene: "inw-b", toelichting: "zoekvraag: id", bron: "/elders" },
    ]);
  });

  it("logs a refused personal read with the inwoner the input named", async () => {
    expect(await dossiers(beheerder, { ids: ["inw-b"] })).toMatchObject({ ok: false, reden: "geen-toegang" });
    expect(await dossiers(null, { ids: ["inw-a"] })).toMatchObject({ ok: false, reden: "niet-ingelogd" });
    expect(await regels("test-dossiers-bekijken")).toEqual([
      { gebruikerId: null, uitkomst: "geweigerd", betrokkene: "inw-a", toelichting: null, bron: "/test/dossiers" },
      { gebruikerId: beheerder.id, uitkomst: "geweigerd", betrokkene: "inw-b", toelichting: null, bron: "/test/dossiers" },
    ]);
  });

  it("writes nothing for a read about nothing personal, read or refused", async () => {
    expect((await branchenamen(beheerder)).ok).toBe(true);
    expect(await branchenamen(null)).toMatchObject({ ok: false, reden: "niet-ingelogd" });
    expect(await regels("test-branches-lezen")).toEqual([]);
  });
});

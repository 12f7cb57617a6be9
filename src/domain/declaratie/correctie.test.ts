import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { betaalbaar, magCrediteren, parseCorrectieUren, vastePrijsVlag, type BetaalLijn } from "./correctie";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("magCrediteren: one rule for the portal and the WMO323 (ADR 0029)", () => {
  it("credits an approved or paid line that counts, hours or fixed price alike", () => {
    expect(magCrediteren("BETAALD", { isCredit: false, telt: true })).toBe(true);
    expect(magCrediteren("GOEDGEKEURD", { isCredit: false, telt: true })).toBe(true);
    expect(magCrediteren("INGEDIEND", { isCredit: false, telt: true })).toMatchObject({ melding: expect.stringMatching(/wacht nog/) });
    expect(magCrediteren("BETAALD", { isCredit: true, telt: false })).toMatchObject({ ok: false });
    expect(magCrediteren("BETAALD", { isCredit: false, telt: false })).toMatchObject({ melding: expect.stringMatching(/al gecorrigeerd/) });
  });
  it("item 5: a rejected line says declare again, never 'al gecorrigeerd'", () => {
    const r = magCrediteren("AFGEWEZEN", { isCredit: false, telt: false });
    expect(r).toMatchObject({ ok: false, melding: expect.stringMatching(/Declareer de maand opnieuw/) });
    expect(r !== true && r.melding).not.toMatch(/al gecorrigeerd/);
  });
});

describe("parseCorrectieUren", () => {
  it("takes 0 as a full reversal, and otherwise whole hours as the month form does", () => {
    expect(parseCorrectieUren("0")).toEqual({ ok: true, uren: 0 });
    expect(parseCorrectieUren(" 00 ")).toEqual({ ok: true, uren: 0 });
    expect(parseCorrectieUren("30")).toEqual({ ok: true, uren: 30 });
    expect(parseCorrectieUren("0,5")).toMatchObject({ ok: false });
    expect(parseCorrectieUren("")).toMatchObject({ ok: false });
  });
});

describe("vastePrijsVlag (item 6)", () => {
  const r = { eenheid: "82", creditVanId: null, periodeEind: d("2026-04-30"), ingediendDag: d("2026-05-02") };
  const t = { einddatum: d("2027-04-05"), beeindigdOp: null };
  it("flags a fixed price of a traject that stopped before its end date, with the stop date", () => {
    expect(vastePrijsVlag(r, t)).toBeNull();
    expect(vastePrijsVlag(r, { ...t, beeindigdOp: d("2026-09-01") })).toEqual({ gestoptOp: d("2026-09-01"), voorEindeEersteMaand: false });
    // Stopped on the end date itself is the plan, not early.
    expect(vastePrijsVlag(r, { ...t, beeindigdOp: t.einddatum })).toBeNull();
  });
  it("flags a fixed price declared before the first month ended; never an hour line or a credit line", () => {
    expect(vastePrijsVlag({ ...r, ingediendDag: d("2026-04-29") }, t)).toEqual({ gestoptOp: null, voorEindeEersteMaand: true });
    expect(vastePrijsVlag({ ...r, ingediendDag: d("2026-04-30") }, t)).toBeNull();
    expect(vastePrijsVlag({ ...r, eenheid: "04", ingediendDag: d("2026-04-01") }, t)).toBeNull();
    expect(vastePrijsVlag({ ...r, creditVanId: "x", ingediendDag: d("2026-04-01") }, t)).toBeNull();
  });
});

// Random open lines: originals (some paid), correction units (credit + replacement) and reversals
// (credit alone) in every state, approved by one of three people.
const status = fc.constantFrom("INGEDIEND", "GOEDGEKEURD", "AFGEWEZEN", "BETAALD" as const);
const wie = fc.constantFrom("p", "q", "r");
const wereld = fc
  .array(
    fc.record({
      origineel: status,
      origineelDoor: wie,
      correctie: fc.option(fc.record({ status, door: wie, metVervanging: fc.boolean() }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((maanden) => {
    const lijnen: BetaalLijn[] = [];
    maanden.forEach((m, i) => {
      lijnen.push({ id: `o${i}`, status: m.origineel, correctieId: null, creditVanId: null, beoordeeldDoorId: m.origineelDoor });
      // A credit exists only for an approved or paid original; a unit's lines share one state.
      if (m.correctie && (m.origineel === "GOEDGEKEURD" || m.origineel === "BETAALD")) {
        // Reachable states only: a credit is never paid before the line it cancels.
        const c = {
          ...m.correctie,
          status: m.origineel === "GOEDGEKEURD" && m.correctie.status === "BETAALD" ? "GOEDGEKEURD" : m.correctie.status,
        };
        const door = c.status === "INGEDIEND" ? null : c.door;
        lijnen.push({ id: `c${i}`, status: c.status, correctieId: `c${i}`, creditVanId: `o${i}`, beoordeeldDoorId: door });
        if (c.metVervanging)
          lijnen.push({ id: `n${i}`, status: c.status, correctieId: `c${i}`, creditVanId: null, beoordeeldDoorId: door });
      }
    });
    return lijnen;
  });

describe("betaalbaar: a payment run takes whole units only (property, ADR 0029)", () => {
  it("never half a unit, never a credit before its line, never an unapproved line or one the payer approved", () => {
    fc.assert(
      fc.property(wereld, wie, (lijnen, betaler) => {
        const { ids } = betaalbaar(lijnen, betaler);
        const gekozen = new Set(ids);
        const perId = new Map(lijnen.map((l) => [l.id, l]));
        for (const id of ids) {
          const l = perId.get(id)!;
          expect(l.status).toBe("GOEDGEKEURD");
          expect(l.beoordeeldDoorId).not.toBe(betaler);
        }
        for (const l of lijnen) {
          // A unit: all of its unpaid lines or none.
          if (l.correctieId) {
            const unit = lijnen.filter((x) => x.correctieId === l.correctieId && x.status !== "BETAALD");
            expect(unit.every((x) => gekozen.has(x.id)) || unit.every((x) => !gekozen.has(x.id))).toBe(true);
          }
          // A credit only with (or after) the line it cancels.
          if (l.creditVanId && gekozen.has(l.id)) {
            const oud = perId.get(l.creditVanId)!;
            expect(oud.status === "BETAALD" || gekozen.has(oud.id)).toBe(true);
          }
          // A line whose credit still waits (or is held) is not paid on its own.
          if (gekozen.has(l.id) && !l.creditVanId) {
            for (const c of lijnen.filter((x) => x.creditVanId === l.id && x.status !== "AFGEWEZEN")) {
              expect(gekozen.has(c.id)).toBe(true);
            }
          }
        }
      }),
      { numRuns: 500 },
    );
  });
  it("pays a settled world whole when the payer approved nothing", () => {
    const lijnen: BetaalLijn[] = [
      { id: "o", status: "GOEDGEKEURD", correctieId: null, creditVanId: null, beoordeeldDoorId: "q" },
      { id: "c", status: "GOEDGEKEURD", correctieId: "c", creditVanId: "o", beoordeeldDoorId: "r" },
      { id: "n", status: "GOEDGEKEURD", correctieId: "c", creditVanId: null, beoordeeldDoorId: "r" },
    ];
    expect(betaalbaar(lijnen, "p").ids.sort()).toEqual(["c", "n", "o"]);
    expect(betaalbaar(lijnen, "q")).toEqual({ ids: [], wachtend: 3 });
  });
});

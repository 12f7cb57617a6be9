import { describe, expect, it } from "vitest";
import { calendarDate } from "../kalender";
import { eindverantwoordingSchema, terugsturenSchema, tredeNaTrajectSchema } from "./invoer";
import {
  controleerConcept,
  controleerIndienen,
  isDefinitief,
  isIngediend,
  isTeruggestuurd,
  magBewerken,
  magGelezenMarkeren,
  magTerugsturen,
  voorgesteldeTrede,
} from "./regels";

// R-EV-1…3: what a submitted eindverantwoording must contain, the one send-back, the proposed trede.

const START = calendarDate("2026-01-05");
const compleet = {
  id: "tw1",
  actie: "indienen",
  versie: "1",
  algemeen: "Goed ritme gevonden.",
  resultaatToelichting: "",
  voortzetten: "Samenwerken.",
  nieuweDoelen: "Zelfstandig de dag plannen.",
  vervolgNodig: "ja",
  adviesTrede: "4",
  adviesWaarHoe: "Bij de kringloop, met een vaste collega.",
  stapGemaakt: "ja",
  stapToelichting: "Werkt drie dagen per week mee.",
  bereikteTrede: "3",
  samenMetInwoner: "ja",
  samenMetInwonerOp: "2026-06-01",
  "resultaat-d1": "BEREIKT",
  "toelichting-d1": "Komt op tijd.",
  "resultaat-d2": "GEDEELTELIJK",
  "toelichting-d2": "Vraagt nog niet zelf om hulp.",
};
const context = { ontwikkeling: true, verlengbaar: true, doelIds: ["d1", "d2"], startdatum: START };
const lees = (over: Record<string, unknown> = {}) => {
  const r = eindverantwoordingSchema.safeParse({ ...compleet, ...over });
  if (!r.success) throw new Error(JSON.stringify(r.error.issues));
  return r.data;
};

describe("eindverantwoordingSchema", () => {
  it("reads the six sections, the R-EV-3 fields and one result per goal", () => {
    const ev = lees();
    expect(ev.adviesTrede).toBe(4);
    expect(ev.stapGemaakt).toBe(true);
    expect(ev.bereikteTrede).toBe(3);
    expect(ev.samenMetInwonerOp).toEqual(calendarDate("2026-06-01"));
    expect(ev.doelen).toEqual({
      d1: { resultaat: "BEREIKT", toelichting: "Komt op tijd." },
      d2: { resultaat: "GEDEELTELIJK", toelichting: "Vraagt nog niet zelf om hulp." },
    });
  });

  it("refuses an unknown goal result, a trede outside 1–6 and a crafted object", () => {
    expect(eindverantwoordingSchema.safeParse({ ...compleet, "resultaat-d1": "PRIMA" }).success).toBe(false);
    expect(eindverantwoordingSchema.safeParse({ ...compleet, adviesTrede: "7" }).success).toBe(false);
    expect(eindverantwoordingSchema.safeParse({ ...compleet, "toelichting-d1": { contains: "" } }).success).toBe(false);
    expect(eindverantwoordingSchema.safeParse({ ...compleet, actie: "goedkeuren" }).success).toBe(false);
  });

  it("refuses a conversation date in the future", () => {
    const r = eindverantwoordingSchema.safeParse({ ...compleet, samenMetInwonerOp: "2099-01-01" });
    expect(r.success).toBe(false);
  });
});

describe("controleerIndienen (R-EV-2, R-EV-3)", () => {
  it("accepts a complete report", () => {
    expect(controleerIndienen(lees(), context)).toEqual({});
  });

  it("requires every section on submission, each with its own Dutch message", () => {
    const leeg = lees({
      algemeen: "",
      voortzetten: "",
      nieuweDoelen: "",
      vervolgNodig: "",
      adviesTrede: "",
      adviesWaarHoe: "",
      "resultaat-d1": "",
      "toelichting-d2": "",
      samenMetInwoner: "",
      samenMetInwonerOp: "",
    });
    expect(Object.keys(controleerIndienen(leeg, context)).sort()).toEqual(
      [
        "adviesTrede",
        "adviesWaarHoe",
        "algemeen",
        "nieuweDoelen",
        "resultaat-d1",
        "samenMetInwoner",
        "samenMetInwonerOp",
        "toelichting-d2",
        "vervolgNodig",
        "voortzetten",
      ].sort(),
    );
    expect(controleerIndienen(leeg, context).algemeen).toMatch(/algemeen functioneren/);
  });

  it("issue 21 item 22: 'stap gemaakt' agrees with the trede reached and the agreed step", () => {
    const naar4 = { ...context, doelTrede: 4 };
    expect(controleerIndienen(lees({ stapGemaakt: "ja", bereikteTrede: "3" }), naar4)).toEqual({
      bereikteTrede:
        "Je kiest dat de afgesproken stap is gemaakt, maar trede 3 ligt onder trede 4, de stap van deze toewijzing. Kies nee, of kies de trede die de inwoner echt bereikt heeft.",
    });
    expect(controleerIndienen(lees({ stapGemaakt: "nee", bereikteTrede: "4" }), naar4)).toEqual({
      stapGemaakt:
        "De inwoner heeft trede 4 bereikt, de stap van deze toewijzing: dan is de stap gemaakt. Kies ja, of kies de trede die de inwoner echt bereikt heeft.",
    });
    expect(controleerIndienen(lees({ stapGemaakt: "ja", bereikteTrede: "4" }), naar4)).toEqual({});
    expect(controleerIndienen(lees({ stapGemaakt: "ja", bereikteTrede: "5" }), naar4)).toEqual({});
    expect(controleerIndienen(lees({ stapGemaakt: "nee", bereikteTrede: "3" }), naar4)).toEqual({});
  });

  it("issue 21 item 23: says whether a next period is proposed, in words the herindicatie follows", () => {
    expect(controleerIndienen(lees({ vervolgNodig: "" }), context)).toEqual({
      vervolgNodig: "Kies of er een vervolg nodig is: een verlenging of een ander product.",
    });
    expect(lees({ vervolgNodig: "nee" }).vervolgNodig).toBe(false);
    expect(eindverantwoordingSchema.safeParse({ ...compleet, vervolgNodig: "misschien" }).success).toBe(false);
  });

  it("ontwikkeling needs the step made, its reasoning and the trede reached; op-trede does not", () => {
    const zonderStap = lees({ stapGemaakt: "", stapToelichting: "", bereikteTrede: "" });
    expect(Object.keys(controleerIndienen(zonderStap, context))).toEqual(["stapGemaakt", "stapToelichting", "bereikteTrede"]);
    expect(controleerIndienen(zonderStap, { ...context, ontwikkeling: false })).toEqual({});
  });

  it("asks new goals only when the traject can still be extended (an extended ontwikkeling cannot)", () => {
    const zonder = lees({ nieuweDoelen: "" });
    expect(controleerIndienen(zonder, context).nieuweDoelen).toBeDefined();
    expect(controleerIndienen(zonder, { ...context, verlengbaar: false })).toEqual({});
  });

  it("without goals in the plan, the result is described in words", () => {
    expect(controleerIndienen(lees(), { ...context, doelIds: [] }).resultaatToelichting).toBeDefined();
    expect(controleerIndienen(lees({ resultaatToelichting: "Gewerkt aan ritme." }), { ...context, doelIds: [] })).toEqual({});
  });

  it("the conversation with the inwoner is not before the toewijzing started", () => {
    expect(controleerIndienen(lees({ samenMetInwonerOp: "2026-01-04" }), context).samenMetInwonerOp).toMatch(/voor de start/);
    expect(controleerIndienen(lees({ samenMetInwonerOp: "2026-01-05" }), context)).toEqual({});
  });
});

describe("controleerConcept", () => {
  it("checks nothing required, but never drops a goal's text without its result", () => {
    const concept = lees({ actie: "concept", algemeen: "", "resultaat-d1": "", adviesTrede: "" });
    expect(controleerConcept(concept, context)).toEqual({ "resultaat-d1": expect.stringMatching(/Kies ook het resultaat/) });
    expect(controleerConcept(lees({ actie: "concept", algemeen: "" }), context)).toEqual({});
  });
});

describe("status rules", () => {
  it("the aanbieder edits a draft or a report sent back, never a submitted or read one", () => {
    expect(magBewerken(null)).toBe(true);
    expect(magBewerken("CONCEPT")).toBe(true);
    expect(magBewerken("TERUGGESTUURD")).toBe(true);
    expect(magBewerken("INGEDIEND")).toBe(false);
    expect(magBewerken("GELEZEN")).toBe(false);
  });

  it("sends back only once: a report submitted again after a send-back cannot go back", () => {
    expect(magTerugsturen({ status: "INGEDIEND", teruggestuurdOp: null })).toBe(true);
    expect(magTerugsturen({ status: "INGEDIEND", teruggestuurdOp: new Date() })).toBe(false);
    expect(magTerugsturen({ status: "TERUGGESTUURD", teruggestuurdOp: new Date() })).toBe(false);
    expect(magTerugsturen({ status: "GELEZEN", teruggestuurdOp: null })).toBe(false);
    expect(magGelezenMarkeren({ status: "INGEDIEND" })).toBe(true);
    expect(magGelezenMarkeren({ status: "TERUGGESTUURD" })).toBe(false);
  });

  it("the question needs some words", () => {
    expect(terugsturenSchema.safeParse({ id: "tw1", terugvraag: "Waarom?" }).success).toBe(false);
    expect(terugsturenSchema.safeParse({ id: "tw1", terugvraag: "Welke trede bedoel je precies?" }).success).toBe(true);
  });
});

describe("voorgesteldeTrede (R-LAD-3)", () => {
  it("proposes the trede reached and the advice as perspectief", () => {
    expect(voorgesteldeTrede({ bereikteTrede: 3, adviesTrede: 4 }, 2)).toEqual({ trede: 3, perspectiefTrede: 4 });
  });
  it("op-trede: the inwoner stays where they are; an advice below the trede is no perspectief", () => {
    expect(voorgesteldeTrede({ bereikteTrede: null, adviesTrede: 4 }, 3)).toEqual({ trede: 3, perspectiefTrede: 4 });
    expect(voorgesteldeTrede({ bereikteTrede: 4, adviesTrede: 3 }, 2)).toEqual({ trede: 4, perspectiefTrede: null });
  });
  it("the form refuses a perspectief below the trede and a missing date", () => {
    expect(
      tredeNaTrajectSchema.safeParse({ id: "t", datum: "2026-01-01", trede: "4", perspectiefTrede: "3", toelichting: "" }).success,
    ).toBe(false);
    expect(tredeNaTrajectSchema.safeParse({ id: "t", datum: "", trede: "4", perspectiefTrede: "", toelichting: "" }).success).toBe(false);
    expect(
      tredeNaTrajectSchema.safeParse({ id: "t", datum: "2026-01-01", trede: "4", perspectiefTrede: "", toelichting: "" }).success,
    ).toBe(true);
  });
});

describe("the states of a submitted eindverantwoording", () => {
  it("is ingediend for the gemeente from the first submission on, never as a draft", () => {
    expect(isIngediend({ status: "CONCEPT" })).toBe(false);
    for (const status of ["INGEDIEND", "TERUGGESTUURD", "GELEZEN"] as const) expect(isIngediend({ status })).toBe(true);
  });
  it("is teruggestuurd only while the question is open", () => {
    expect(isTeruggestuurd({ status: "TERUGGESTUURD" })).toBe(true);
    expect(isTeruggestuurd({ status: "INGEDIEND" })).toBe(false);
  });
  it("is definitief when submitted and not sent back", () => {
    expect(isDefinitief({ status: "INGEDIEND" })).toBe(true);
    expect(isDefinitief({ status: "GELEZEN" })).toBe(true);
    expect(isDefinitief({ status: "TERUGGESTUURD" })).toBe(false);
    expect(isDefinitief({ status: "CONCEPT" })).toBe(false);
  });
});

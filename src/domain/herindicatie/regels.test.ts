import { describe, expect, it } from "vitest";
import { calendarDate as d } from "../kalender";
import { herindicatieBeletsel, wachtOpBesluit } from "./regels";

// ADR 0016, issue 21 items 11 and 18: the form and a WMO317 follow these rules.
const lopend = { status: "GESTART", verlenging: null, openVerzoek: false, einddatum: d("2027-03-31"), vandaag: d("2027-03-31") };

describe("herindicatieBeletsel", () => {
  it("allows a request on a running last period without an open request, up to its end date", () => {
    expect(herindicatieBeletsel(lopend)).toBeNull();
  });
  it("refuses once the end date has passed, even without a stop report (item 18)", () => {
    expect(herindicatieBeletsel({ ...lopend, vandaag: d("2027-04-01") })).toMatch(/lopende toewijzing/);
  });
  it("refuses after a stop, on an extended period and with a request still open", () => {
    expect(herindicatieBeletsel({ ...lopend, status: "BEEINDIGD" })).toMatch(/lopende toewijzing/);
    expect(herindicatieBeletsel({ ...lopend, verlenging: { nummer: "TW-2027-000002" } })).toMatch(/al verlengd met TW-2027-000002/);
    expect(herindicatieBeletsel({ ...lopend, openVerzoek: true })).toMatch(/maar één tegelijk/);
  });
});

describe("wachtOpBesluit", () => {
  it("only a submitted request still waits; a decided one does not", () => {
    expect(wachtOpBesluit({ status: "INGEDIEND" })).toBe(true);
    expect(wachtOpBesluit({ status: "VERLENGD" })).toBe(false);
    expect(wachtOpBesluit({ status: "BEEINDIGEN" })).toBe(false);
  });
});

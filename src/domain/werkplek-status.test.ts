import { describe, expect, it } from "vitest";
import { isAfgewezen, isBewerkbaar, isGepubliceerd } from "./werkplek-status";

// What the aanbieder's pages and the save/archive use cases ask of a werkplek (issue 22).

describe("isBewerkbaar", () => {
  it("every state but archived can be changed", () => {
    for (const status of ["CONCEPT", "INGEDIEND", "GEPUBLICEERD", "AFGEWEZEN"] as const) expect(isBewerkbaar({ status })).toBe(true);
    expect(isBewerkbaar({ status: "GEARCHIVEERD" })).toBe(false);
  });
});

describe("isGepubliceerd", () => {
  it("only a published werkplek is in the catalogue", () => {
    expect(isGepubliceerd({ status: "GEPUBLICEERD" })).toBe(true);
    expect(isGepubliceerd({ status: "INGEDIEND" })).toBe(false);
    expect(isGepubliceerd({ status: "GEARCHIVEERD" })).toBe(false);
  });
});

describe("isAfgewezen", () => {
  it("a rejected werkplek or a rejected revision", () => {
    expect(isAfgewezen({ status: "AFGEWEZEN" })).toBe(true);
    expect(isAfgewezen({ status: "INGEDIEND" })).toBe(false);
  });
  it("no revision is not rejected", () => {
    expect(isAfgewezen(null)).toBe(false);
    expect(isAfgewezen(undefined)).toBe(false);
  });
});

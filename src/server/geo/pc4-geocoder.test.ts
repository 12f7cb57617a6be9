import { describe, expect, it } from "vitest";
import { parsePostcode } from "@/domain/postcode";
import { Pc4Geocoder } from "./pc4-geocoder";

const geocoder = new Pc4Geocoder("data/nl-pc4.csv");
const postcode = (s: string) => {
  const r = parsePostcode(s);
  if (!r.ok) throw new Error(r.melding);
  return r.postcode;
};

describe("Pc4Geocoder on the shipped GeoNames file", () => {
  it("finds Apeldoorn's centre for 7311, whatever letters follow", async () => {
    const a = await geocoder.zoek(postcode("7311"));
    const b = await geocoder.zoek(postcode("7311 ab"));
    expect(a).toMatchObject({ plaats: "Apeldoorn" });
    expect(a?.latitude).toBeCloseTo(52.21, 1);
    expect(a?.longitude).toBeCloseTo(5.96, 1);
    expect(b).toEqual(a);
  });
  it("knows every Dutch PC4 area in the file (4,064)", () => {
    expect(geocoder.alle().size).toBe(4064);
  });
  it("returns null for a well-formed postcode that does not exist", async () => {
    expect(await geocoder.zoek(postcode("7300"))).toBeNull();
  });
});

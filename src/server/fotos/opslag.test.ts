import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MapOpslag } from "./opslag";

describe("MapOpslag, the folder behind the photo store", () => {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), "opslag-"));
  const opslag = new MapOpslag(map);

  it("gives back what was written, and null for a file that is not there", async () => {
    await opslag.schrijf("abc.jpg", new Uint8Array([1, 2, 3]));
    expect(Array.from((await opslag.lees("abc.jpg"))!)).toEqual([1, 2, 3]);
    expect(await opslag.lees("weg.jpg")).toBeNull();
    // no temporary files are left behind
    expect(fs.readdirSync(map)).toEqual(["abc.jpg"]);
  });

  it("is shared: a second store on the same folder (another instance) reads the file", async () => {
    await opslag.schrijf("gedeeld.jpg", new Uint8Array([9]));
    expect(Array.from((await new MapOpslag(map).lees("gedeeld.jpg"))!)).toEqual([9]);
  });

  it("refuses names that could leave the folder", async () => {
    await expect(opslag.lees("../geheim")).rejects.toThrow();
    await expect(opslag.schrijf(".verborgen", new Uint8Array())).rejects.toThrow();
  });
});

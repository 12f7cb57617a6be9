import "server-only";
import { z } from "zod";

// All configuration in one validated place; defaults make `npm start` work on a fresh clone.
const schema = z.object({
  DATABASE_URL: z.string().min(1).default("file:./data/werktmee.db"),
  /** Where links in e-mails point to. */
  APP_URL: z.string().url().default("http://localhost:3000"),
  PC4_CSV_PATH: z.string().default("data/nl-pc4.csv"),
  MAP_TILE_URL: z
    .string()
    .url()
    .default("https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png"),
  MAP_TILE_ATTRIBUTION: z.string().default("Kaartgegevens © Kadaster (PDOK, BRT-Achtergrondkaart)"),
  /** Where processed werkplek photos are stored (issue 3). */
  UPLOADS_DIR: z.string().min(1).default("var/uploads"),
  INTERESSE_RATE_LIMIT: z.coerce.number().int().positive().default(5),
  INTERESSE_RATE_WINDOW_MINUTES: z.coerce.number().int().positive().default(60),
});

export const env = schema.parse(process.env);

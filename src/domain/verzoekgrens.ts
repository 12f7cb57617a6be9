// The largest request the portal accepts (issue 8, docs/decisions/0011-grote-uploads.md). Photos
// may be 5 MB (src/domain/werkplek-invoer.ts); a larger one, up to this limit, still reaches the
// werkplek form's use case and comes back as a Dutch field message with everything else kept. A
// request above it is answered by src/proxy.ts with a Dutch 413 page before Next.js reads it.

export const MAX_VERZOEK_MB = 25;
export const MAX_VERZOEK_BYTES = MAX_VERZOEK_MB * 1024 * 1024;

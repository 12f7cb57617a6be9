// Vitest runs server modules outside Next.js; the real 'server-only' guard would throw there.
export {};

// Types of routes.mjs for the TypeScript tests that import it.
export const HUGE_EVENTS: number;
export const testServerMiddleware: unknown[];

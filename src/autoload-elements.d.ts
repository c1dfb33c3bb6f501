/** Written by vite.autoload.config.ts: every element's tag and the import of its module. */
declare module 'virtual:bildungsnetz-elements' {
  const elements: Record<string, () => Promise<unknown>>;
  export default elements;
}

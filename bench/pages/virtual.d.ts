/** Written by bench/build.ts at build time: the CSS of `<event-list>`, read from its sources. */
declare module 'virtual:event-list-css' {
  export const LIST_CSS: string;
}

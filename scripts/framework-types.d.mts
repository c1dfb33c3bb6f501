export interface ElementInfo {
  tag: string;
  className: string;
  attributes: { name: string; field: string; type?: string; description?: string }[];
  properties: { name: string; field: string; description?: string }[];
  events: { name: string; description?: string }[];
}
export declare function elementsFromManifest(manifest: unknown): ElementInfo[];
export declare function frameworkTypes(manifest: unknown): Record<string, string>;
export declare const frameworkNames: string[];

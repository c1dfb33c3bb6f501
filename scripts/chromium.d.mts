export declare const chromiumCandidates: readonly string[];
export declare function findChromium(
  env?: Record<string, string | undefined>,
  candidates?: readonly string[],
): string | undefined;
export declare const chromiumPath: string;
export declare const chromiumArgs: readonly string[];
export declare function missingMessage(env?: Record<string, string | undefined>): string;
export declare function ensureChromium(): string | undefined;

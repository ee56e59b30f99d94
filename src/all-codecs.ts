import type { Codec } from "./core/codec.js";
import { csv } from "./csv/index.js";
import { provideCodecs } from "./formats.js";

/**
 * Makes every codec usable synchronously (`codecFor`), CSV and so papaparse included: for code
 * that can answer or read any format anyway, such as a server's `negotiate` and the CLI.
 * Importing this module is what brings CSV into a bundle.
 */
export function loadEveryCodec(): void {
  provideCodecs({ csv: csv as Codec });
}

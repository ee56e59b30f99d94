import type { Codec } from "./core/codec.js";
import { csv } from "./csv/index.js";
import { provideCodecs } from "./formats.js";

/**
 * Makes every codec usable synchronously (`codecFor`), CSV and so papaparse included, without
 * waiting: for Node tools that read any format anyway, such as the CLI. Importing this module is
 * what brings CSV in statically; nothing in the library's entries imports it.
 */
export function loadEveryCodec(): void {
  provideCodecs({ csv: csv as Codec });
}

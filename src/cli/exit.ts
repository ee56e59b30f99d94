/** The exit codes: everything valid, something invalid, and a run that could not be trusted. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** What the exit code of a run is decided from. */
export interface RunFacts {
  /** An unknown command or option, or a bad value. */
  readonly usage: boolean;
  /** Paths, files and folders that could not be read, and `.evo-codec-*` files that could not be used. */
  readonly unreadable: number;
  /** Files whose content was read and decoded. */
  readonly checked: number;
  /** Files with a problem left (after `--expect-invalid` has judged them). */
  readonly failed: number;
  /** `--allow-empty`: a run with nothing to check may pass. */
  readonly allowEmpty: boolean;
}

interface ExitRule {
  readonly code: (typeof EXIT)[keyof typeof EXIT];
  /** The rule as `--help` and the README state it. */
  readonly when: string;
  readonly applies: (facts: RunFacts) => boolean;
}

/** The exit code rules, in order: the first that applies decides. `--help` prints this table. */
export const EXIT_RULES: readonly ExitRule[] = [
  { code: EXIT.usage, when: "a usage error (an unknown command or option, a bad value, a --schema or config that is not valid)", applies: (f) => f.usage },
  { code: EXIT.usage, when: "a path, file or folder that cannot be read, a pattern that matches nothing, a .evo-codec-ignore or .evo-codec-expect.json that cannot be used, a report that cannot be written", applies: (f) => f.unreadable > 0 },
  { code: EXIT.usage, when: "no file was checked (unless --allow-empty)", applies: (f) => f.checked === 0 && !f.allowEmpty },
  { code: EXIT.invalid, when: "a file is invalid (with --expect-invalid: a file decodes, or fails otherwise than stated)", applies: (f) => f.failed > 0 },
  { code: EXIT.ok, when: "every file checked is valid (with --expect-invalid: fails as expected)", applies: () => true },
];

export function exitCodeOf(facts: RunFacts): number {
  return EXIT_RULES.find((rule) => rule.applies(facts))!.code;
}

/** The rules as lines of text, for `--help`. */
export function exitRulesText(indent: string): string {
  return EXIT_RULES.map((rule) => `${indent}${rule.code}  ${rule.when}`).join("\n");
}

import type { Decl, MemberDecl } from "./api.js";

// `[DataMember(Order)]`: ServiceStack writes a class's members in reflection order (its own, then
// its base's), stably sorted by Order (−1 when not given). `object(…, { base })` puts the base's
// members after the class's own, so the sort is kept when it moves members only among the class's
// own; a class whose Order interleaves its members with its base's is refused.

function byOrder(members: readonly MemberDecl[]): MemberDecl[] {
  return members
    .map((member, i) => ({ member, i }))
    .sort((a, b) => a.member.order - b.member.order || a.i - b.i)
    .map(({ member }) => member);
}

/** Puts each class's own members in the order ServiceStack writes them, refusing a class whose order its base breaks. */
export function orderMembers(decls: Map<string, Decl>, refused: Map<string, string>): void {
  const written = new Map<string, readonly MemberDecl[]>();
  const writtenOrder = (key: string, seen: Set<string>): readonly MemberDecl[] => {
    const known = written.get(key);
    if (known) return known;
    const decl = decls.get(key);
    const shape = decl?.shape;
    if (shape?.kind !== "object" || seen.has(key)) return [];
    seen.add(key);
    const base = shape.base?.kind === "named" ? writtenOrder(shape.base.key, seen) : [];
    const own = byOrder(shape.members);
    const all = byOrder([...shape.members, ...base]);
    if (all.some((member, i) => member !== (i < own.length ? own[i] : base[i - own.length]))) {
      refused.set(key, "its [DataMember(Order)] puts members of its base class among its own, which object(…, { base }) cannot express");
    }
    decls.set(key, { ...decl!, shape: { ...shape, members: own } });
    written.set(key, all);
    return all;
  };
  for (const key of [...decls.keys()]) writtenOrder(key, new Set());
}

import { setOwn } from "../core/objects.js";

// Decoded objects are plain objects (`Object.prototype`, own enumerable data members), built so
// that they stay fast-property objects. An object literal `{}` has room for 4 members in itself;
// V8 puts a dozen more outside it, then turns an object filled by keyed stores into a hash table
// ("dictionary mode"): slow to build and slow to read for the user's code. An instance of a
// constructor is given room for every `this.name =` store in the constructor's source (plus
// slack), whether that store ever runs or not, so the constructor below reserves
// `RESERVED_MEMBERS` members and runs none of its stores. No code is generated (`new Function`
// is blocked by a strict Content-Security-Policy).

/** Members an object has room for in itself; V8 adds 8 of slack and, past those, keeps a dozen more fast. */
export const RESERVED_MEMBERS = 32;

/** Always false: the stores below only size the instances. */
const RESERVE = { stores: false };

type MemberObjectConstructor = new () => Record<string, unknown>;

/**
 * A new constructor of plain objects (each call a distinct function, so that each object plan
 * has its own instance size and shapes). Its `prototype` is `Object.prototype`: an instance is
 * indistinguishable from an object literal.
 */
function reservingConstructor(): MemberObjectConstructor {
  function MemberObject(this: Record<string, unknown>): void {
    if (RESERVE.stores) {
      this.m00 = this.m01 = this.m02 = this.m03 = this.m04 = this.m05 = this.m06 = this.m07 = 0;
      this.m08 = this.m09 = this.m10 = this.m11 = this.m12 = this.m13 = this.m14 = this.m15 = 0;
      this.m16 = this.m17 = this.m18 = this.m19 = this.m20 = this.m21 = this.m22 = this.m23 = 0;
      this.m24 = this.m25 = this.m26 = this.m27 = this.m28 = this.m29 = this.m30 = this.m31 = 0;
    }
  }
  MemberObject.prototype = Object.prototype;
  return MemberObject as unknown as MemberObjectConstructor;
}

/**
 * A maker of empty plain objects with room for the members `keys`. One object holding every
 * member is built at once: V8 shrinks the room its first instances did not use, and this one
 * uses all of it.
 */
export function memberObjectMaker(keys: readonly string[]): () => Record<string, unknown> {
  const MemberObject = reservingConstructor();
  const full = new MemberObject();
  for (const key of keys) setOwn(full, key, 0);
  return () => new MemberObject();
}

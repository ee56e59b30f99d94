import { boolean, enumeration, generic, int, list, object, string } from "../schema/build.js";
import type { Infer } from "../schema/infer.js";
import { dotNetTypeName } from "../schema/naming.js";
import type { Schema } from "../schema/nodes.js";

// The Evo Voice API's generic wrappers of every List operation, written once for any item type.

/** How a list is sorted. */
export type SortOrders = Infer<typeof SortOrders>;
export const SortOrders = enumeration("SortOrders", ["Ascend", "Descend"]);

/**
 * `ListRequest<T> : IGet`, the paging and sorting every List operation's request inherits.
 * `ListRequest(SessionInfo)` is the same schema every time it is asked for.
 */
export const ListRequest = generic(<T extends Schema>(item: T) =>
  object(`ListRequest<${dotNetTypeName(item)}>`, {
    /** The page of results to return. */
    page: int(),
    /** Return all results, ignoring paging. */
    all: boolean(),
    /** How many results a page holds. */
    countPerPage: int(),
    /** Return only these IDs. */
    specificIds: list(string()),
    /** The member to sort by. */
    sortField: string(),
    /** The direction of the sort. */
    sortOrder: SortOrders,
    /** Leave out the total count, for speed. */
    simplifiedPaging: boolean(),
  }),
);

/** `ListResponse<T>`: one page of items and the paging around it. `ListResponse(SessionInfo)` is one schema everywhere. */
export const ListResponse = generic(<T extends Schema>(item: T) =>
  object(`ListResponse<${dotNetTypeName(item)}>`, {
    /** The items of this page. */
    items: list(item),
    /** How many items there are in all. */
    totalCount: int(),
    /** How many pages there are in all. */
    totalPages: int(),
    /** Whether pages follow this one. */
    hasMorePages: boolean(),
  }),
);

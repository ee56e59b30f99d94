import { CustomerBreadcrumb, EntityInfo, SessionInfo, SessionLogInfo, SessionMemberInfo } from "../dto/session-info.js";
import { DeleteChatMember } from "../dto/delete-chat-member.js";
import type { ObjectSchema } from "../schema/nodes.js";

/** The described DTOs `--type` can name, by C# type name (matched ignoring case). */
export const DTO_TYPES: readonly ObjectSchema[] = [
  SessionInfo,
  CustomerBreadcrumb,
  SessionLogInfo,
  SessionMemberInfo,
  EntityInfo,
  DeleteChatMember,
];

export function dtoType(name: string): ObjectSchema | undefined {
  const folded = name.toLowerCase();
  return DTO_TYPES.find((schema) => schema.typeName.toLowerCase() === folded);
}

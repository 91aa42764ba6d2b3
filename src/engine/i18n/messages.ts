// The shape of a message table: one wording function per issue code.
import type { IssueCode, IssueParams } from '../issues';

export type MessageTable = Readonly<Record<IssueCode, (p: IssueParams) => string>>;

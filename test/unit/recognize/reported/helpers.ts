import type { ReportedStatement } from '../../../../src/core/recognize/types';
import { runWithTestKb } from '../helpers';

/** Reported statements of `text` as "content => speaker". */
export function statementsOf(text: string): string[] {
  return reportedOf(text).map((s) => `${s.text} => ${s.speaker}`);
}

export function reportedOf(text: string): ReportedStatement[] {
  return runWithTestKb(text).reported ?? [];
}

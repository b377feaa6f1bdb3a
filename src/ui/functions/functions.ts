/// <reference types="office-js" />
/*
 * The OIC.* worksheet functions. Only translation lives here: the answers come from logic.ts, the data from
 * the shared runtime (runtime.ts). The JSDoc is read at build time by custom-functions-metadata-plugin,
 * which writes functions.json and appends the CustomFunctions.associate calls to this file.
 *
 * Functions about the forces' responses are streaming: each call stays open and is answered again whenever
 * the dataset changes, so a refresh shows in every cell at once and a reopened workbook answers from its own
 * stored data as soon as the runtime has read it. Excel offers no dependable call to make it recalculate
 * non-volatile custom functions, so pushing answers is the way that does not depend on Excel's goodwill.
 * DAYSLEFT depends on today and is volatile instead; DEADLINE, RECOMMENDATION and FORCES depend only on the
 * report and the force register, which never change while a workbook is open.
 */
import type { Answer } from './answer';
import { toCellResult, valueOrThrow } from './excel-answer';
import type { OicFunctions } from './logic';
import { liveAnswers, reportFunctions } from './runtime';
import { todaySerial } from './serial';

function stream<T>(
  invocation: CustomFunctions.StreamingInvocation<T>,
  compute: (fns: OicFunctions) => Answer<T>,
): void {
  const stop = liveAnswers.watch(compute, (answer) => invocation.setResult(toCellResult(answer)));
  invocation.onCanceled = stop;
}

/**
 * Days from a date (today when left out) to a recommendation's deadline; negative once the deadline has passed.
 * @customfunction DAYSLEFT
 * @volatile
 * @param recommendation The recommendation: 2, "2", "R2", "Rec 2" or "Recommendation 2".
 * @param [asOf] The date to count from, as a date or its serial number. Today when left out.
 * @returns Days left to the deadline.
 */
export function daysLeft(recommendation: unknown, asOf?: number): number {
  return valueOrThrow(reportFunctions.daysLeft(recommendation, asOf ?? todaySerial()));
}

/**
 * A recommendation's deadline, as a date serial number (format the cell as a date).
 * @customfunction DEADLINE
 * @param recommendation The recommendation: 2, "2", "R2", "Rec 2" or "Recommendation 2".
 * @returns The deadline's date serial number.
 */
export function deadline(recommendation: unknown): number {
  return valueOrThrow(reportFunctions.deadline(recommendation));
}

/**
 * The wording of a recommendation, or its summary where the full wording is not known.
 * @customfunction RECOMMENDATION
 * @param recommendation The recommendation: 2, "2", "R2", "Rec 2" or "Recommendation 2".
 * @returns The recommendation's text.
 */
export function recommendationText(recommendation: unknown): string {
  return valueOrThrow(reportFunctions.recommendationText(recommendation));
}

/**
 * The 43 forces of England and Wales, as a column.
 * @customfunction FORCES
 * @returns The forces' names.
 */
export function forces(): string[][] {
  return valueOrThrow(reportFunctions.forces());
}

/**
 * A force's status on a recommendation: the analyst's override where there is one, else the letter's reading.
 * @customfunction STATUS
 * @param force The force: its name, id or a common alias, such as "Dorset" or "Avon & Somerset".
 * @param recommendation The recommendation: 2, "2", "R2", "Rec 2" or "Recommendation 2".
 * @param invocation Supplied by Excel.
 */
export function status(
  force: string,
  recommendation: unknown,
  invocation: CustomFunctions.StreamingInvocation<string>,
): void {
  stream(invocation, (fns) => fns.status(force, recommendation));
}

/**
 * The sentences of a force's letter that decided its status on a recommendation.
 * @customfunction EVIDENCE
 * @param force The force: its name, id or a common alias, such as "Dorset" or "Avon & Somerset".
 * @param recommendation The recommendation: 2, "2", "R2", "Rec 2" or "Recommendation 2".
 * @param invocation Supplied by Excel.
 */
export function evidence(
  force: string,
  recommendation: unknown,
  invocation: CustomFunctions.StreamingInvocation<string>,
): void {
  stream(invocation, (fns) => fns.evidence(force, recommendation));
}

/**
 * How many forces have a status on a recommendation; without a recommendation, on any of them.
 * @customfunction COUNTSTATUS
 * @param status A status: Complete, In progress, Planned, Acknowledged, Not accepted, Not mentioned or No response.
 * @param [recommendation] The recommendation: 2, "2", "R2", "Rec 2" or "Recommendation 2".
 * @param invocation Supplied by Excel.
 */
export function countStatus(
  status: string,
  recommendation: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream(invocation, (fns) => fns.countStatus(status, recommendation));
}

/**
 * The matrix: a header row, then each force with its status on each recommendation asked for.
 * @customfunction MATRIX
 * @param [recommendations] The recommendations to show, such as 2 or "2, 8" or a range of numbers. All four when left out.
 * @param invocation Supplied by Excel.
 */
export function matrix(
  recommendations: unknown[][] | undefined,
  invocation: CustomFunctions.StreamingInvocation<unknown[][]>,
): void {
  stream(invocation, (fns) => fns.matrix(recommendations));
}

/**
 * The date of a force's response letter, as a date serial number (format the cell as a date).
 * @customfunction RESPONSEDATE
 * @param force The force: its name, id or a common alias, such as "Dorset" or "Avon & Somerset".
 * @param invocation Supplied by Excel.
 */
export function responseDate(force: string, invocation: CustomFunctions.StreamingInvocation<number>): void {
  stream(invocation, (fns) => fns.responseDate(force));
}

/**
 * Whether a force's response letter came within the 56 days the law allows.
 * @customfunction ONTIME
 * @param force The force: its name, id or a common alias, such as "Dorset" or "Avon & Somerset".
 * @param invocation Supplied by Excel.
 */
export function onTime(force: string, invocation: CustomFunctions.StreamingInvocation<boolean>): void {
  stream(invocation, (fns) => fns.onTime(force));
}

import type { Answer } from './answer';

/** Turns an answer into what Excel shows: the value, or #N/A / #VALUE! with the message on hover. */
export function toCellResult<T>(answer: Answer<T>): T | CustomFunctions.Error {
  if (answer.ok) return answer.value;
  const code =
    answer.error === 'notAvailable'
      ? CustomFunctions.ErrorCode.notAvailable
      : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, answer.message);
}

/** For functions that return their value: an error must be thrown for Excel to show it. */
export function valueOrThrow<T>(answer: Answer<T>): T {
  const result = toCellResult(answer);
  if (result instanceof CustomFunctions.Error) throw result;
  return result;
}

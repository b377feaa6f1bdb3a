/** Types for passage-letter.js (plain JavaScript because scripts/passages.js runs it without a build). */
export function passageLetter(recommendation: number, text: string): string;

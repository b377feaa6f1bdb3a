/** A short letter from Norfolk's commissioner around the given body, for tests of how a part is read. */
export const norfolkLetter = (body: string): string =>
  `Police and Crime Commissioner for Norfolk\n\n3 July 2025\n\nDear Home Secretary\n\n${body}\n\nYours sincerely\n\nJane Smith\nPolice and Crime Commissioner for Norfolk`;

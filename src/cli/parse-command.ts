import type { Command } from 'commander';
import { LetterError, readLetter, type ParsedResponse, type ParseError } from '../parse';
import { chiefConstableRecommendations, getReport } from '../report/report';
import { table, ukDate } from './format';
import { createTextReader, isSourceError } from '../source/node';

export interface ParseOutput {
  responses: ParsedResponse[];
  errors: ParseError[];
}

export async function parseFiles(files: string[]): Promise<ParseOutput> {
  const out: ParseOutput = { responses: [], errors: [] };
  const readText = createTextReader();
  for (const file of files) {
    try {
      const { text } = await readText(file);
      out.responses.push(readLetter(text, file));
    } catch (err) {
      out.errors.push({ source: file, message: messageOf(err) });
    }
  }
  return out;
}

/** One line that names the source and the problem, whichever stage refused it. */
export function messageOf(err: unknown): string {
  if (err instanceof LetterError) return err.message;
  if (isSourceError(err)) return err.message.replace(/\s*\n\s*/g, ' ');
  return String((err as Error)?.message ?? err);
}

function humanReport(out: ParseOutput): string {
  const recs = chiefConstableRecommendations(getReport()).map((r) => String(r.number));
  const rows = [
    ['Source', 'Force', 'Commissioner', 'Letter date', 'On time', ...recs.map((n) => `Rec ${n}`)],
  ];
  for (const r of out.responses) {
    rows.push([
      r.source,
      r.force ?? '(unknown)',
      r.commissioner ?? '-',
      ukDate(r.letterDate),
      r.onTime === null ? '-' : r.onTime ? 'yes' : 'late',
      ...recs.map(
        (n) => `${r.recommendations[n].status} (${Math.round(r.recommendations[n].confidence * 100)}%)`,
      ),
    ]);
  }
  const lines = out.responses.length ? [table(rows)] : [];
  for (const r of out.responses) for (const note of r.notes) lines.push(`note: ${r.source}: ${note}`);
  for (const e of out.errors) lines.push(`error: ${e.message}`);
  return lines.join('\n') + '\n';
}

export function registerParseCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('parse')
    .description("Read response letters and print each recommendation's status, evidence and commitments")
    .argument('<files...>', 'letters to read: .txt, .pdf, .docx or web pages, as paths or web addresses')
    .option('--json', 'print one JSON document: { responses, errors }')
    .action(async (files: string[], opts: { json?: boolean }) => {
      const out = await parseFiles(files);
      process.stdout.write(opts.json ? `${JSON.stringify(out, null, 2)}\n` : humanReport(out));
      if (out.errors.length) setExit(1);
    });
}

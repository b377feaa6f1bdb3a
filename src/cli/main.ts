import { Command, CommanderError } from 'commander';
import { registerParseCommand } from './parse-command';
import { registerBuildCommand } from './build-command';
import { registerRefreshCommand } from './refresh-command';

/** Exit codes: 0 all read, 1 some source failed, 2 usage error. */
export async function run(argv: string[]): Promise<number> {
  const program = new Command('oic-tracker')
    .description('Read PCC responses to the HMICFRS organised immigration crime inspection')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  let exitCode = 0;
  const setExit = (code: number) => {
    exitCode = Math.max(exitCode, code);
  };
  registerParseCommand(program, setExit);
  registerBuildCommand(program, setExit);
  registerRefreshCommand(program, setExit);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    throw err;
  }
  return exitCode;
}

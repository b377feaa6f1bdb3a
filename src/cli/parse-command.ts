import type { Command } from 'commander';
// Written with the reading pipeline in the next commit.
export function registerParseCommand(_program: Command, _setExit: (code: number) => void): void {}

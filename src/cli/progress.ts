/**
 * Progress on stderr: a bar that redraws in place on a terminal, one plain line per step otherwise
 * (logs and pipes keep every step, with no control characters).
 */
export interface Progress {
  step(label: string): void;
  done(): void;
}

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const BAR = 24;

export function createProgress(stream: ProgressStream, total: number): Progress {
  let count = 0;
  if (!stream.isTTY) {
    return {
      step(label) {
        count++;
        stream.write(`[${count}/${total}] ${label}\n`);
      },
      done() {},
    };
  }
  let drawn = false;
  return {
    step(label) {
      count++;
      const filled = Math.round((Math.min(count, total) / Math.max(total, 1)) * BAR);
      const line = `[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${count}/${total} ${label}`;
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      stream.write(`\r\x1b[2K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}

export interface Benchmark {
  /** The key in the --json object. */
  name: string;
  label: string;
  unit: string;
  goal?: { atLeast?: number; atMost?: number };
  run(): Promise<number | Record<string, number>>;
}

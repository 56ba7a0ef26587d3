// The process edges the commands use, passed in so they stay testable without spawning.

export interface Io {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  readonly stdin: NodeJS.ReadableStream;
  readonly stdoutIsTty: boolean;
  readonly stderrIsTty: boolean;
  readonly env: NodeJS.ProcessEnv;
}

export function processIo(): Io {
  return {
    out: (s) => { process.stdout.write(s); },
    err: (s) => { process.stderr.write(s); },
    stdin: process.stdin,
    stdoutIsTty: process.stdout.isTTY === true,
    stderrIsTty: process.stderr.isTTY === true,
    env: process.env,
  };
}

export const PROGRAM = 'appeal-spotter';

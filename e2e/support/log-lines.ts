/** pino "error" (50) and "fatal" (60) lines in a piece of the server log; 5xx responses log at 50. */
export function errorLines(logText: string): string[] {
  return logText.split("\n").filter((line) => /"level":(50|60)\b/.test(line));
}

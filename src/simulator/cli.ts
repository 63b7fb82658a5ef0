// `backup-plans simulator --port <p> [--world <file>]`: runs the AWS simulator until stopped.
export async function simulatorCliMain(_argv: string[]): Promise<number> {
  process.stderr.write('error: the simulator is not implemented yet\n');
  return 1;
}

// `backup-plans retention [--keep-* ...]`: points as JSON on stdin, decisions as JSON on stdout.
export async function retentionCliMain(
  _argv: string[],
  _io: { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Promise<number> {
  _io.stderr.write('error: the "retention" command is not implemented yet\n');
  return 1;
}

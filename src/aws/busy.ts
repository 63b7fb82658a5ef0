// "AWS is busy with this resource": AWS Backup runs one backup or copy job per resource, and one
// action per recovery point, at a time. It says so in words, either as an error to the request (a
// point being copied cannot be deleted) or in the status message of a job it accepted and failed
// later (a second backup of a resource). One pattern for both, so every caller treats the same
// words the same way: busy means "retry later", never a failure and never a used-up attempt.

/** The wordings AWS uses (AWS Backup troubleshooting; src/simulator/FIDELITY.md has the rows). */
export const BUSY_MESSAGE =
  /running job for the same resource|another (backup |copy )?job (is )?(already )?(running|in progress)|already performing an action on/i;

/** Does AWS's message (an error's or a job's status message) say it is busy with the resource? */
export function isBusyMessage(message: string | undefined): boolean {
  return message !== undefined && BUSY_MESSAGE.test(message);
}

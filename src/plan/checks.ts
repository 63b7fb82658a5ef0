// Semantic checks: what the schema cannot say. Each finding names the path to fix and how to fix it.
import { cronProblem, gapShorterThan, isValidTimeZone } from './cron.js';
import { formatMinutes } from './duration.js';
import { finding, type Finding } from './issues.js';
import {
  MIN_COLD_STORAGE_DAYS,
  MAX_TAG_VALUE_LENGTH,
  MIN_DRILL_EVERY_MINUTES,
  MIN_START_WINDOW_MINUTES,
  PRESET_NAMES,
  RESERVED_TAG_PREFIX,
  RULE_NAME_SEPARATOR,
  TAG_VALUE_PATTERN,
  type Plan,
  type PlanFile,
  type RetainFile,
  type Retention,
  type RuleFile,
} from './model.js';
import {
  KNOWN_RESOURCE_TYPES,
  parseArn,
  resourceTypeInfo,
  resourceTypeOfArn,
  typesWith,
  type TypeFeatures,
} from './resource-types.js';
import { isEmptyPolicy, parseWithin } from '../retention/engine.js';
import { closest, didYouMean } from './suggest.js';
import type { Path } from './yaml-source.js';

/** Copies are decided from ListCopyJobs, which reaches back about 30 days: stay well inside it. */
export const MAX_COPY_WITHIN_MINUTES = 25 * 24 * 60;

/** A resource type the plan selects, and where the plan names it. */
interface TypedSource {
  type: string;
  path: Path;
}

export function checkPlan(planFile: PlanFile, plan: Plan): Finding[] {
  const out: Finding[] = [];
  if (planFile.namespace !== undefined && !TAG_VALUE_PATTERN.test(planFile.namespace))
    out.push(
      finding(
        ['namespace'],
        'may only hold letters, digits, spaces and _ . : / = + - @ (it becomes an AWS tag value)',
      ),
    );
  for (const key of ['role', 'backupRole'] as const) {
    const account = parseArn(planFile.aws[key])?.account;
    if (account && account !== planFile.aws.account)
      out.push(
        finding(
          ['aws', key],
          `the role is in account ${account} but the plan's account is ${planFile.aws.account}; use a role of ${planFile.aws.account}`,
        ),
      );
  }
  const sources = checkResources(planFile, out);
  checkRules(planFile, plan, sources, out);
  return out;
}

/** Checks the selectors; returns the known resource types they select, with where each is named. */
function checkResources(planFile: PlanFile, out: Finding[]): TypedSource[] {
  const sources: TypedSource[] = [];
  const explicit = new Map<string, Path>();
  planFile.resources.include.forEach((selector, index) => {
    const path: Path = ['resources', 'include', index];
    let arn: string | undefined;
    let arnPath: Path = path;
    if (typeof selector === 'string') arn = selector;
    else {
      if (selector.arn !== undefined && selector.tags !== undefined)
        out.push(finding(path, 'set either arn or tags, not both; make them two entries'));
      else if (selector.arn === undefined && selector.tags === undefined)
        out.push(
          finding(path, 'missing "arn" or "tags": name a resource ARN or the tags to select by', 'key'),
        );
      if (selector.arn !== undefined) {
        arn = selector.arn;
        arnPath = [...path, 'arn'];
        if (selector.types !== undefined)
          out.push(
            finding([...path, 'types'], 'types only go with tags; an ARN already names its type', 'key'),
          );
      }
      if (selector.tags !== undefined) {
        const keys = Object.keys(selector.tags);
        if (keys.length === 0)
          out.push(
            finding(
              [...path, 'tags'],
              'an empty tag selector would match every resource in the account; name at least one tag',
            ),
          );
        for (const key of keys)
          if (key.toLowerCase().startsWith(RESERVED_TAG_PREFIX))
            out.push(
              finding(
                [...path, 'tags', key],
                `"${key}" is reserved: tags starting with "${RESERVED_TAG_PREFIX}" mark recovery points this tool owns; select by another tag`,
                'key',
              ),
            );
      }
      (selector.types ?? []).forEach((type, t) => {
        if (!KNOWN_RESOURCE_TYPES.includes(type))
          out.push(
            finding(
              [...path, 'types', t],
              `unknown resource type "${type}"${didYouMean(type, KNOWN_RESOURCE_TYPES)}`,
            ),
          );
        else sources.push({ type, path: [...path, 'types', t] });
      });
    }
    if (arn === undefined) return;
    const parsed = parseArn(arn);
    if (parsed?.region && parsed.region !== planFile.aws.region)
      out.push(
        finding(
          arnPath,
          `the resource is in ${parsed.region} but the plan backs up ${planFile.aws.region}; move it to a plan for ${parsed.region}`,
        ),
      );
    else if (parsed?.account && parsed.account !== planFile.aws.account)
      out.push(
        finding(
          arnPath,
          `the resource is in account ${parsed.account} but the plan's account is ${planFile.aws.account}; move it to a plan for that account`,
        ),
      );
    const first = explicit.get(arn);
    if (first) out.push(finding(arnPath, `"${arn}" is listed twice; remove this entry`));
    else explicit.set(arn, arnPath);
    const type = resourceTypeOfArn(arn);
    if (type && resourceTypeInfo(type)) sources.push({ type, path: arnPath });
  });
  (planFile.resources.exclude ?? []).forEach((arn, index) => {
    if (explicit.has(arn))
      out.push(
        finding(
          ['resources', 'exclude', index],
          `"${arn}" is also listed in resources.include; remove it from one of them`,
        ),
      );
  });
  return sources;
}

function checkRules(planFile: PlanFile, plan: Plan, sources: TypedSource[], out: Finding[]): void {
  const entries = Object.entries(planFile.rules);
  if (entries.length === 0) {
    out.push(
      finding(
        ['rules'],
        'a plan needs at least one rule, e.g. daily: { schedule: "0 3 * * *", retain: { days: 35 } }',
      ),
    );
    return;
  }
  // A point serving every rule at once is tagged with all their names: that must fit one tag value.
  const joined = entries.map(([name]) => name).join(RULE_NAME_SEPARATOR).length;
  if (joined > MAX_TAG_VALUE_LENGTH)
    out.push(
      finding(
        ['rules'],
        `the rule names joined by "${RULE_NAME_SEPARATOR}" are ${joined} characters, more than the ${MAX_TAG_VALUE_LENGTH} of an AWS tag value ` +
          '(a recovery point serving all rules carries them in backup-plans:rules); use shorter rule names',
        'key',
      ),
    );
  const rulesByName = new Map(plan.rules.map((r) => [r.name, r]));
  for (const [name, ruleFile] of entries) {
    const rule = rulesByName.get(name)!;
    const base: Path = ['rules', name];
    const presetHint = ` (or use a preset: ${PRESET_NAMES.join(', ')})`;
    if (!ruleFile.preset && ruleFile.schedule === undefined)
      out.push(finding(base, `missing "schedule", e.g. schedule: "0 3 * * *"${presetHint}`, 'key'));
    if (!ruleFile.preset && ruleFile.retain === undefined)
      out.push(finding(base, `missing "retain", e.g. retain: { days: 35 }${presetHint}`, 'key'));
    const at = (key: keyof RuleFile): Path =>
      ruleFile[key] === undefined && ruleFile.preset ? [...base, 'preset'] : [...base, key];

    const timezoneOk = isValidTimeZone(rule.timezone);
    if (!timezoneOk) {
      // A typo gets its suggestion; otherwise one example, not the list of some 400 zones.
      const match = closest(rule.timezone, Intl.supportedValuesOf('timeZone'));
      out.push(
        finding(
          at('timezone'),
          `unknown time zone "${rule.timezone}"; ${match ? `did you mean "${match}"?` : 'use an IANA name such as "Europe/Berlin"'}`,
        ),
      );
    }
    const scheduleProblem =
      ruleFile.schedule !== undefined || ruleFile.preset ? cronProblem(rule.schedule) : undefined;
    if (scheduleProblem) out.push(finding(at('schedule'), `"${rule.schedule}": ${scheduleProblem}`));

    const start = rule.startWithinMinutes;
    if (start < MIN_START_WINDOW_MINUTES)
      out.push(
        finding(
          at('startWithin'),
          `"${formatMinutes(start)}" is shorter than the minimum start window AWS accepts (1h); use at least 1h`,
        ),
      );
    if (rule.completeWithinMinutes <= start)
      out.push(
        finding(
          at('completeWithin'),
          `"${formatMinutes(rule.completeWithinMinutes)}" must be longer than the start window (startWithin ${formatMinutes(start)})`,
        ),
      );
    if (rule.copyWithinMinutes <= 0)
      out.push(finding(at('copyWithin'), 'must be longer than 0; e.g. copyWithin: 2d'));
    else if (rule.copyWithinMinutes > MAX_COPY_WITHIN_MINUTES)
      out.push(
        finding(
          at('copyWithin'),
          `"${formatMinutes(rule.copyWithinMinutes)}" is too long: at most ${formatMinutes(MAX_COPY_WITHIN_MINUTES)}, because ` +
            'AWS lists copy jobs for about 30 days only and an older copy that the destination has deleted would be made ' +
            'again; to copy older points once, use `backfill: N` on the copyTo entry',
        ),
      );

    if (rule.drill && rule.drill.everyMinutes < MIN_DRILL_EVERY_MINUTES)
      out.push(
        finding(
          [...at('drill'), 'every'],
          `"${formatMinutes(rule.drill.everyMinutes)}" is too often: a drill restores a whole resource; at least 1d, e.g. every: 30d`,
        ),
      );

    if (timezoneOk && !scheduleProblem && rule.schedule !== '') {
      const gap = gapShorterThan(rule.schedule, rule.timezone, start);
      if (gap !== undefined) {
        const shorten =
          gap >= MIN_START_WINDOW_MINUTES ? ` or shorten startWithin to ${formatMinutes(gap)}` : '';
        out.push(
          finding(
            at('schedule'),
            `"${rule.schedule}" fires every ${formatMinutes(gap)}, more often than its start window (startWithin ${formatMinutes(start)}); ` +
              `use a schedule that fires at most once per ${formatMinutes(start)}${shorten}`,
          ),
        );
      }
    }

    checkRetention(at('retain'), ruleFile.retain ?? {}, rule.retain, sources, out);

    const seen = new Map<string, number>();
    rule.copyTo.forEach((copy, index) => {
      const path: Path = [...base, 'copyTo', index];
      const copyFile = ruleFile.copyTo?.[index];
      const destination = `${copy.account}/${copy.region}/${copy.vault}`;
      if (copy.account === plan.aws.account && copy.region === plan.aws.region && copy.vault === plan.vault)
        out.push(
          finding(
            path,
            `copies to the source vault itself (${copy.vault} in ${copy.region}, account ${copy.account}); name another region, account or vault`,
          ),
        );
      const first = seen.get(destination);
      if (first !== undefined)
        out.push(finding(path, `copies to the same vault as copyTo[${first}] (${destination}); remove one`));
      else seen.set(destination, index);
      const roleAccount = copy.role ? parseArn(copy.role)?.account : undefined;
      if (roleAccount && roleAccount !== copy.account)
        out.push(
          finding(
            [...path, 'role'],
            `the role is in account ${roleAccount} but the copy goes to account ${copy.account}; use a role of ${copy.account}`,
          ),
        );
      if (copy.retain.keep && copy.account !== plan.aws.account && !copy.role)
        out.push(
          finding(
            [...path, 'retain', 'keep'],
            `pruning copies in account ${copy.account} needs a role there; add role: arn:aws:iam::${copy.account}:role/… or use retain.days`,
          ),
        );
      checkRetention([...path, 'retain'], copyFile?.retain ?? {}, copy.retain, sources, out);
      checkCopyCapabilities(
        path,
        copyFile,
        copy.account !== plan.aws.account,
        copy.region !== plan.aws.region,
        sources,
        out,
      );
    });
  }
}

function checkRetention(
  path: Path,
  file: RetainFile,
  retain: Retention,
  sources: TypedSource[],
  out: Finding[],
): void {
  if (retain.days !== undefined && retain.keep !== undefined)
    out.push(finding(path, 'set either days (AWS deletes) or keep (pruning deletes), not both'));
  else if (retain.days === undefined && retain.keep === undefined)
    out.push(finding(path, 'set days (e.g. days: 35) or keep (e.g. keep: { daily: 7, weekly: 4 })'));
  if (retain.hardLimitDays !== undefined && retain.keep === undefined)
    out.push(
      finding(
        [...path, 'hardLimitDays'],
        'hardLimitDays only goes with keep; with days, days already is the limit',
        'key',
      ),
    );
  if (retain.keep !== undefined) {
    // The schema checks the notation; the engine's parser is the one pruning runs, and it refuses
    // more (a unit given twice, absurdly large values): say so now rather than when pruning.
    for (const [key, value] of Object.entries(retain.keep))
      if (typeof value === 'string')
        try {
          parseWithin(value);
        } catch (error) {
          out.push(finding([...path, 'keep', key], (error as Error).message));
        }
    if (isEmptyPolicy(retain.keep))
      out.push(
        finding(
          [...path, 'keep'],
          'this keep policy keeps nothing, so pruning would delete every recovery point; keep at least one (e.g. daily: 7) or use days',
        ),
      );
  }
  const cold = retain.coldAfterDays;
  if (cold !== undefined) {
    const minimum = cold + MIN_COLD_STORAGE_DAYS;
    if (retain.days !== undefined && retain.days < minimum)
      out.push(
        finding(
          [...path, file.days !== undefined ? 'days' : 'coldAfter'],
          `AWS keeps points in cold storage for at least 90 days: days must be ≥ coldAfter + 90 = ${minimum}, got ${retain.days}`,
        ),
      );
    if (retain.hardLimitDays !== undefined && retain.hardLimitDays < minimum)
      out.push(
        finding(
          [...path, 'hardLimitDays'],
          `AWS keeps points in cold storage for at least 90 days: hardLimitDays must be ≥ coldAfter + 90 = ${minimum}, got ${retain.hardLimitDays}`,
        ),
      );
  }
  if (cold !== undefined) {
    const ignored = lacking(sources, 'coldStorage');
    if (ignored.length > 0)
      out.push(
        finding(
          [...path, 'coldAfter'],
          `AWS ignores coldAfter for ${describeSources(ignored)}: only ${typesWith('coldStorage').join(', ')} move to cold storage; ` +
            'remove coldAfter, or move those resources to a plan without it',
          'key',
        ),
      );
  }
  if (retain.keep !== undefined)
    for (const source of sources.filter((s) => resourceTypeInfo(s.type)?.pointTags === 'none'))
      out.push(
        finding(
          [...path, 'keep'],
          `recovery points of ${source.type} (${formatSource(source.path)}) cannot carry tags, so pruning could never prove it owns them; use retain.days`,
        ),
      );
}

/** Copies that a type's points cannot make: to another region, another account, or both at once. */
function checkCopyCapabilities(
  path: Path,
  copyFile: { account?: string } | undefined,
  crossAccount: boolean,
  crossRegion: boolean,
  sources: TypedSource[],
  out: Finding[],
): void {
  const noRegion = crossRegion ? lacking(sources, 'crossRegionCopy') : [];
  const noAccount = crossAccount ? lacking(sources, 'crossAccountCopy') : [];
  if (noRegion.length > 0)
    out.push(
      finding(
        [...path, 'region'],
        `AWS Backup cannot copy ${describeSources(noRegion)} to another region; only ${typesWith('crossRegionCopy').join(', ')} can`,
        'key',
      ),
    );
  if (noAccount.length > 0)
    out.push(
      finding(
        copyFile?.account !== undefined ? [...path, 'account'] : path,
        `AWS Backup cannot copy ${describeSources(noAccount)} to another account; only ${typesWith('crossAccountCopy').join(', ')} can`,
        'key',
      ),
    );
  if (crossRegion && crossAccount) {
    const notBoth = lacking(sources, 'crossRegionAndAccountInOneCopy').filter(
      (s) => !noRegion.includes(s) && !noAccount.includes(s),
    );
    if (notBoth.length > 0)
      out.push(
        finding(
          path,
          `AWS copies ${describeSources(notBoth)} either to another region or to another account, not both in one copy; ` +
            'copy to the other region in this account, or to the other account in this region',
          'key',
        ),
      );
  }
}

/** The sources whose type lacks `feature`. */
function lacking(sources: TypedSource[], feature: keyof TypeFeatures): TypedSource[] {
  return sources.filter((s) => resourceTypeInfo(s.type)?.[feature] === false);
}

/** "rds:db (resources.include[0]), ec2:instance (resources.include[1].types[0])" */
function describeSources(sources: TypedSource[]): string {
  return sources.map((s) => `${s.type} (${formatSource(s.path)})`).join(', ');
}

function formatSource(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** A plan that names a resource by its ARN, and where. */
export interface ArnOwner {
  id: string;
  file: string;
  arn: string;
  path: Path;
}

/** The explicit ARNs a (schema-valid) plan file includes. */
export function explicitArns(id: string, file: string, planFile: PlanFile): ArnOwner[] {
  const out: ArnOwner[] = [];
  planFile.resources.include.forEach((selector, index) => {
    const arn = typeof selector === 'string' ? selector : selector.arn;
    if (arn === undefined) return;
    const path: Path =
      typeof selector === 'string' ? ['resources', 'include', index] : ['resources', 'include', index, 'arn'];
    out.push({ id, file, arn, path });
  });
  return out;
}

/** Checks across plans: the same explicit ARN in two plans. Findings per plan id. */
export function checkAcrossPlans(arnOwners: readonly ArnOwner[]): Map<string, Finding[]> {
  const owners = new Map<string, ArnOwner[]>();
  for (const owner of arnOwners) {
    const list = owners.get(owner.arn) ?? [];
    if (!list.some((o) => o.id === owner.id)) list.push(owner);
    owners.set(owner.arn, list);
  }
  const out = new Map<string, Finding[]>();
  for (const [arn, list] of owners) {
    if (list.length < 2) continue;
    for (const owner of list) {
      const others = list.filter((o) => o !== owner).map((o) => o.file);
      const findings = out.get(owner.id) ?? [];
      findings.push(
        finding(
          owner.path,
          `"${arn}" is also in ${others.join(', ')}; a resource belongs to one plan (put all its rules in one file)`,
        ),
      );
      out.set(owner.id, findings);
    }
  }
  return out;
}

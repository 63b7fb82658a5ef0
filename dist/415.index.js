export const id = 415;
export const ids = [415];
export const modules = {

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qi: () => (/* binding */ createOctokit),
/* harmony export */   iw: () => (/* binding */ repositoryFromEnv),
/* harmony export */   kk: () => (/* binding */ runUrlFromEnv)
/* harmony export */ });
/**
 * An Octokit for `token` against GITHUB_API_URL (GitHub Enterprise Server and tests set it; the
 * default is github.com's API).
 */
async function createOctokit(token, env = process.env) {
    if (!token)
        throw new Error('no GitHub token: pass `github-token` (the default is `${{ github.token }}`)');
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 2413));
    return getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' });
}
/** `owner/name` from GITHUB_REPOSITORY, as the runner sets it. */
function repositoryFromEnv(env = process.env) {
    const value = env.GITHUB_REPOSITORY ?? '';
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value);
    if (!match)
        throw new Error(`GITHUB_REPOSITORY must be "owner/name", got "${value}"`);
    return { owner: match[1], repo: match[2] };
}
/** Link to the current workflow run, for issue comments ("failed in <run>"). */
function runUrlFromEnv(env = process.env) {
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID)
        return undefined;
    const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
    return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`;
}


/***/ }),

/***/ 4876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ REPORT_VERSION)
/* harmony export */ });
// The envelope every command's JSON report shares: which command, which report format, when the
// run started and finished (both on AWS's clock, src/aws/clock.ts), and one entry per plan. Each
// command adds its own body beside `plans` (backup: resources and copies per plan; prune: vaults).
/** The JSON report format; raise it when a field changes meaning or goes away. */
const REPORT_VERSION = 1;


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ sizeOf),
/* harmony export */   CG: () => (/* binding */ STEP_SUMMARY_LIMIT),
/* harmony export */   Cc: () => (/* binding */ trimMarkdown),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   aL: () => (/* binding */ escapeTableCell),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   dG: () => (/* binding */ trimNote),
/* harmony export */   eR: () => (/* binding */ SUMMARY_MAX_BYTES),
/* harmony export */   wx: () => (/* binding */ trimMarkdownDetailed)
/* harmony export */ });
// Safe Markdown from outside text, and size limits for the places GitHub renders it.
//
// Everything that reaches a job summary, PR comment or issue from outside the tool (tag values,
// resource names, AWS error messages, plan text) goes through `escapeMarkdown`, `escapeTableCell` or
// `code` first, so it renders as the literal text it is: no injected HTML (`</details>`, `<img
// onerror>`), no links or images, no tables broken by `|`, and no notifications through `@mentions`.
/** GitHub's limit for one step's summary file, in bytes: over it, GitHub drops the whole summary. */
const STEP_SUMMARY_LIMIT = 1024 * 1024;
/** What one command's own summary may take: the limit, less room for other steps' sections and the trim note. */
const SUMMARY_MAX_BYTES = 1_000_000;
/** Invisible characters that could disguise text (bidi overrides) or break rendering (C0 controls). */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;
/** Markdown punctuation with inline meaning anywhere in a line. A backslash renders it literally. */
const INLINE_SPECIAL = /[\\`*_[\]()#|~!]/g;
/** Zero-width space as an entity: keeps `@name` readable while GitHub no longer sees a mention. */
const ZWSP = '&#8203;';
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/**
 * Escape outside text so GitHub renders it literally. Newlines are kept; a line that would start a
 * list, heading underline or ordered list is escaped at its start.
 */
function escapeMarkdown(text) {
    const escaped = escapeHtml(text.replace(INVISIBLE, '').replace(/\r\n?/g, '\n'))
        .replace(INLINE_SPECIAL, (c) => `\\${c}`)
        // `@user` and `@org/team` notify people; a zero-width space after `@` stops that.
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZWSP}`);
    // Block-level markers only matter at the start of a line.
    return escaped.replace(/^([ \t]*)([-+=]|\d+(?=[.)]))/gm, (_m, indent, marker) => /\d/.test(marker) ? `${indent}${marker}\\` : `${indent}\\${marker}`);
}
/** Escape outside text for one cell of a Markdown table: also no line breaks (they end the row). */
function escapeTableCell(text) {
    return escapeMarkdown(text.trim()).replace(/\n+/g, '<br>');
}
/**
 * Inline code that shows `text` exactly, even when it contains backticks: the fence is one backtick
 * longer than the longest run inside, padded when the text starts or ends with a backtick.
 * Pass `{ tableCell: true }` inside tables: GFM splits cells on `|` even inside code spans.
 */
function code(text, options = {}) {
    let body = text.replace(INVISIBLE, '').replace(/\r?\n|\r/g, ' ');
    if (options.tableCell)
        body = body.replace(/\|/g, '\\|');
    if (body === '')
        return '` `';
    const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    // CommonMark strips one space from each side of a code span unless it is all spaces: pad so the
    // text survives that, but never an all-space text (it is shown as is, and padding would grow it).
    const allSpaces = !/[^ ]/.test(body);
    const pad = body.startsWith('`') || body.endsWith('`') || (/^ .* $/.test(body) && !allSpaces) ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/** Size as GitHub counts it: UTF-8 bytes for summaries, characters for comment and issue bodies. */
function sizeOf(text, unit) {
    // UTF-16 code units are ≥ Unicode characters, so `length` never underestimates a character limit.
    return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}
/** The standard note: "… N more lines trimmed; the full report is in <where>". */
function trimNote(where) {
    return (n) => `_… ${n} more line${n === 1 ? '' : 's'} trimmed${where ? `; the full report is in ${where}` : ''}._`;
}
/**
 * Cut `markdown` at a line boundary so that the kept lines plus the note fit in `max` (bytes or
 * characters). An open code fence or `<details>` block at the cut is closed so the note renders as
 * text rather than inside a code block or a collapsed section.
 */
function trimMarkdownDetailed(markdown, max, note = trimNote(), unit = 'bytes') {
    if (sizeOf(markdown, unit) <= max)
        return { markdown, trimmed: false, trimmedLines: 0 };
    const lines = markdown.split('\n');
    const noteFor = typeof note === 'string' ? () => note : note;
    // Conservative budget for the note: its size with the largest possible line count.
    const noteBudget = sizeOf(`\n${noteFor(lines.length)}\n`, unit);
    let used = 0;
    let kept = 0;
    let fence;
    let openDetails = 0;
    const closers = () => `${fence ? `${fence}\n` : ''}${'</details>\n'.repeat(openDetails)}`;
    for (const line of lines) {
        const lineSize = sizeOf(`${line}\n`, unit);
        let nextFence = fence;
        let nextDetails = openDetails;
        const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (fenceMatch?.[1]) {
            if (!fence)
                nextFence = fenceMatch[1];
            else if (fenceMatch[1].startsWith(fence[0]) && fenceMatch[1].length >= fence.length)
                nextFence = undefined;
        }
        if (!nextFence && !fence) {
            nextDetails += (line.match(/<details[\s>]/gi) ?? []).length;
            nextDetails = Math.max(0, nextDetails - (line.match(/<\/details>/gi) ?? []).length);
        }
        const prev = { fence, openDetails };
        fence = nextFence;
        openDetails = nextDetails;
        const closing = sizeOf(closers(), unit);
        if (used + lineSize + closing + noteBudget > max) {
            fence = prev.fence;
            openDetails = prev.openDetails;
            break;
        }
        used += lineSize;
        kept += 1;
    }
    const trimmedLines = lines.length - kept;
    const head = lines.slice(0, kept).join('\n');
    const result = `${head}${kept > 0 ? '\n' : ''}${closers()}\n${noteFor(trimmedLines)}\n`;
    // The budget above is an upper bound; if a caller passed a tiny `max`, fall back to the note alone.
    if (sizeOf(result, unit) > max) {
        const alone = noteFor(lines.length);
        return { markdown: sizeOf(alone, unit) <= max ? alone : '', trimmed: true, trimmedLines: lines.length };
    }
    return { markdown: result, trimmed: true, trimmedLines };
}
/** `trimMarkdownDetailed` returning only the text. */
function trimMarkdown(markdown, max, note = trimNote(), unit = 'bytes') {
    return trimMarkdownDetailed(markdown, max, note, unit).markdown;
}


/***/ }),

/***/ 798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ syncPlanIssues)
});

// EXTERNAL MODULE: ./src/time/wait.ts
var wait = __webpack_require__(428);
// EXTERNAL MODULE: ./src/plan/model.ts
var model = __webpack_require__(8582);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/github/issues.ts
// Failure issues: one open issue per plan while its backups fail, commented on while the failure
// recurs, closed with a comment by the next fully successful run.
//
// The issue is found again by a hidden marker in its body plus a label. Listing open issues by label
// is the primary lookup because it is consistent (the search API lags behind new issues and has its
// own, small rate limit); search is only the fallback when listing fails. A GitHub API failure never
// throws: it comes back as an `error` result, so the caller reports it and the backup result stays
// what it was.



/** GitHub refuses issue and comment bodies over 65,536 characters. */
const ISSUE_BODY_LIMIT = 65_536;
/** GitHub refuses issue titles over 256 characters. */
const ISSUE_TITLE_LIMIT = 256;
const DEFAULT_FAILURE_LABEL = model/* DEFAULTS */.zY.notifyLabels[0];
const LABEL_COLOR = 'd73a4a';
const LABEL_DESCRIPTION = 'Opened by backup-plans while a backup plan fails';
/** The hidden marker that identifies a plan's failure issue. The plan id is URI-encoded so no id can end the comment. */
function failureMarker(planId) {
    return `<!-- backup-plans:failure plan=${encodeURIComponent(planId)} -->`;
}
/** `[text](url)` for a run URL we built ourselves; anything that is not http(s) is shown as text. */
function runLink(runUrl, text) {
    if (!runUrl)
        return text;
    try {
        const url = new URL(runUrl);
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            return (0,markdown/* escapeMarkdown */.FV)(runUrl);
        return `[${text}](${url.toString().replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20')})`;
    }
    catch {
        return (0,markdown/* escapeMarkdown */.FV)(runUrl);
    }
}
function cleanTitle(title) {
    // eslint-disable-next-line no-control-regex
    const flat = title.replace(/[\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]+/g, ' ').trim();
    return [...flat].length <= ISSUE_TITLE_LIMIT
        ? flat
        : `${[...flat].slice(0, ISSUE_TITLE_LIMIT - 1).join('')}…`;
}
/** Fit `head` + `body` + `tail` under GitHub's body limit, trimming the body and saying so. */
function fitBody(head, body, tail, runUrl) {
    const frame = (0,markdown/* sizeOf */.$d)(`${head}\n\n\n\n${tail}`, 'chars');
    const room = ISSUE_BODY_LIMIT - frame;
    const trimmed = (0,markdown/* trimMarkdown */.Cc)(body, room, (0,markdown/* trimNote */.dG)(runUrl ? `the job summary of ${runLink(runUrl, 'the run')}` : 'the job summary'), 'chars');
    return `${head}\n\n${trimmed.trimEnd()}\n\n${tail}`.trimEnd();
}
function describeError(error) {
    const e = error;
    const where = e.request?.method && e.request.url
        ? `${e.request.method} ${new URL(e.request.url).pathname}`
        : 'GitHub API';
    const status = e.status ? ` answered ${e.status}` : ' failed';
    const message = (e.message ?? String(error)).split('\n')[0].slice(0, 500);
    let hint = '';
    if (e.status === 401)
        hint = ' (the `github-token` is invalid or expired)';
    if (e.status === 403 && /not accessible by integration/i.test(message))
        hint = " (grant `issues: write` in the workflow's `permissions:`)";
    if (e.status === 410)
        hint = ' (issues are disabled in this repository)';
    return `${where}${status}: ${message}${hint}`;
}
/** GETs are safe to repeat: retry once on a server error or network failure. Writes are never retried. */
async function readWithRetry(read) {
    try {
        return await read();
    }
    catch (error) {
        const status = error.status;
        if (status !== undefined && status < 500)
            throw error;
        await (0,wait/* waitBeforeRetry */.jy)(500);
        return read();
    }
}
async function findOpenIssue(options, label, notes) {
    const { octokit, owner, repo } = options;
    const key = options.key ?? options.planId;
    const marker = failureMarker(key);
    const pick = (items) => items
        .filter((i) => !i.pull_request && (i.body ?? '').includes(marker))
        .sort((a, b) => a.number - b.number)[0];
    try {
        const items = await readWithRetry(() => octokit.paginate(octokit.rest.issues.listForRepo, {
            owner,
            repo,
            state: 'open',
            labels: label,
            per_page: 100,
        }));
        return pick(items);
    }
    catch (listError) {
        notes.push(`listing open issues failed (${describeError(listError)}); searched instead`);
        const q = `repo:${owner}/${repo} is:issue is:open label:"${label.replace(/"/g, '')}" "backup-plans:failure plan=${encodeURIComponent(key)}"`;
        const result = await octokit.rest.search.issuesAndPullRequests({ q, per_page: 100 });
        return pick(result.data.items);
    }
}
/** Create the labels that are missing, with a colour and a description. Failures here are notes, not errors. */
async function ensureLabels(options, labels, notes) {
    const { octokit, owner, repo } = options;
    for (const name of labels) {
        try {
            await octokit.rest.issues.getLabel({ owner, repo, name });
            continue;
        }
        catch (error) {
            if (error.status !== 404) {
                notes.push(`could not check label "${name}": ${describeError(error)}`);
                continue;
            }
        }
        try {
            await octokit.rest.issues.createLabel({
                owner,
                repo,
                name,
                color: LABEL_COLOR,
                description: LABEL_DESCRIPTION,
            });
        }
        catch (error) {
            // 422 already_exists: created concurrently, which is fine.
            if (error.status !== 422)
                notes.push(`could not create label "${name}": ${describeError(error)}`);
        }
    }
}
async function createIssue(options, labels, notes) {
    const { octokit, owner, repo, planId, runUrl } = options;
    await ensureLabels(options, labels, notes);
    const head = failureMarker(options.key ?? planId);
    const tail = `---\n<sub>Opened by backup-plans for plan **${(0,markdown/* escapeMarkdown */.FV)(planId)}** in ${runLink(runUrl, 'this run')}. ` +
        'Later failing runs comment here; the next fully successful run closes it.</sub>';
    const request = {
        owner,
        repo,
        title: cleanTitle(options.title),
        body: fitBody(head, options.body, tail, runUrl),
        labels,
        assignees: options.assignees ?? [],
    };
    let created;
    try {
        created = await octokit.rest.issues.create(request);
    }
    catch (error) {
        // Assignees without access make GitHub refuse the whole issue; open it unassigned and say why.
        if (error.status === 422 && request.assignees.length > 0) {
            notes.push(`could not assign ${request.assignees.join(', ')}: ${describeError(error)}; opened unassigned`);
            created = await octokit.rest.issues.create({ ...request, assignees: [] });
        }
        else
            throw error;
    }
    return { action: 'created', number: created.data.number, url: created.data.html_url, notes };
}
/**
 * Bring the plan's failure issue in line with this run: open one, comment on it, close it, or do
 * nothing. Never throws.
 */
async function syncFailureIssue(options) {
    const notes = [];
    const labels = [...new Set((options.labels ?? []).map((l) => l.trim()).filter(Boolean))];
    if (labels.length === 0)
        labels.push(DEFAULT_FAILURE_LABEL);
    const { octokit, owner, repo, runUrl } = options;
    let found;
    try {
        found = await findOpenIssue(options, labels[0], notes);
        if (options.failing && !found)
            return await createIssue(options, labels, notes);
        if (options.failing && found) {
            const body = fitBody(`Still failing in ${runLink(runUrl, 'this run')}:`, options.body, '', runUrl);
            await octokit.rest.issues.createComment({ owner, repo, issue_number: found.number, body });
            return { action: 'commented', number: found.number, url: found.html_url, notes };
        }
        if (!found)
            return { action: 'none', notes };
        await octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: found.number,
            body: `Recovered in ${runLink(runUrl, 'this run')}: ${options.recovered}. Closing.`,
        });
        await octokit.rest.issues.update({
            owner,
            repo,
            issue_number: found.number,
            state: 'closed',
            state_reason: 'completed',
        });
        return { action: 'closed', number: found.number, url: found.html_url, notes };
    }
    catch (error) {
        return {
            action: 'error',
            ...(found ? { number: found.number } : {}),
            error: describeError(error),
            notes,
        };
    }
}

// EXTERNAL MODULE: ./src/github/octokit.ts
var github_octokit = __webpack_require__(6702);
;// CONCATENATED MODULE: ./src/run/failure-issues.ts
// The failure issues of one command's plans (backup, audit, drill): whether GitHub can be reached
// from here, one src/github/issues.ts sync per plan, and what the host is told. Each command keeps
// its own issue per plan (its own marker), so a failing audit never closes a backup's issue.


const WORDING = {
    backup: {
        keyPrefix: '',
        title: 'Backups failing',
        name: 'failure issue',
        recovered: 'every backup and copy of this plan succeeded',
    },
    audit: {
        keyPrefix: 'audit/',
        title: 'Backup audit failing',
        name: 'audit issue',
        recovered: 'every audit control of this plan passes',
    },
    drill: {
        keyPrefix: 'drill/',
        title: 'Restore drill failing',
        name: 'drill issue',
        recovered: 'every restore drill of this plan passed',
    },
};
/**
 * Open, comment on or close each plan's issue. `states` are the plans whose run says something
 * about their issue and that want issues (`notify.issues`). Returns each plan's result by plan id;
 * none when GitHub cannot be reached from here (the host is told why).
 */
async function syncPlanIssues(command, states, token, host, env) {
    const results = new Map();
    if (states.length === 0)
        return results;
    if (!token || !env.GITHUB_REPOSITORY) {
        if (states.some((s) => s.failing))
            host.info('failure issues skipped: no GitHub token or GITHUB_REPOSITORY (outside GitHub Actions)');
        return results;
    }
    let octokit;
    let repository;
    try {
        octokit = await (0,github_octokit/* createOctokit */.Qi)(token, env);
        repository = (0,github_octokit/* repositoryFromEnv */.iw)(env);
    }
    catch (err) {
        host.warning(`failure issues skipped: ${err instanceof Error ? err.message : String(err)}`);
        return results;
    }
    const wording = WORDING[command];
    const runUrl = (0,github_octokit/* runUrlFromEnv */.kk)(env);
    for (const { plan, failing, body } of states) {
        const result = await syncFailureIssue({
            octokit,
            owner: repository.owner,
            repo: repository.repo,
            planId: plan.id,
            key: `${wording.keyPrefix}${plan.id}`,
            failing,
            title: `${wording.title}: plan ${plan.id}`,
            body: body(runUrl),
            recovered: wording.recovered,
            labels: plan.notify.labels,
            assignees: plan.notify.assignees,
            ...(runUrl ? { runUrl } : {}),
        });
        for (const note of result.notes)
            host.warning(`plan ${plan.id}: ${note}`);
        if (result.action === 'error')
            host.warning(`plan ${plan.id}: could not update the ${wording.name}: ${result.error}`);
        results.set(plan.id, result);
    }
    return results;
}


/***/ })

};

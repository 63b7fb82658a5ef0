// A small fake of the GitHub REST API and the Actions OIDC token endpoint, for end-to-end tests.
//
// It serves what the product calls through @actions/github's Octokit (issues, pull requests' issue
// comments, labels, issue search, repository contents at a ref, the token's identity through
// GET /user and GraphQL `viewer`) with GitHub's response shapes, status codes and Link pagination, and what
// @actions/core's getIDToken calls (ACTIONS_ID_TOKEN_REQUEST_URL). Tokens are checked like GitHub
// does: a wrong or missing token gets 401. Tests read `state` and `requests` to assert what the
// product did, and `failNext` makes a route fail the way GitHub's outages do.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createHash, createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface FakeLabel {
  id: number;
  node_id: string;
  url: string;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export interface FakeIssue {
  repo: string; // owner/name
  id: number;
  node_id: string;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: 'completed' | 'not_planned' | 'reopened' | null;
  labels: string[];
  assignees: string[];
  user: FakeUser;
  comments: number;
  locked: boolean;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** A pull request (GitHub serves its conversation through the issues API). */
  pull_request?: boolean;
}

export interface FakeComment {
  repo: string;
  id: number;
  node_id: string;
  issue_number: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
}

export interface LoggedRequest {
  method: string;
  /** Path without the query string, e.g. `/repos/acme/infra/issues`. */
  path: string;
  query: Record<string, string>;
  /** The route template that matched, e.g. `POST /repos/:owner/:repo/issues`, or undefined. */
  route?: string;
  body: unknown;
  status: number;
}

export interface OidcClaims {
  [claim: string]: unknown;
}

export interface FakeGitHubOptions {
  /** Token the API accepts (`Authorization: token|Bearer …`). */
  token?: string;
  /** Token the OIDC endpoint accepts (ACTIONS_ID_TOKEN_REQUEST_TOKEN). */
  oidcRequestToken?: string;
  /** Repository the OIDC token is issued for (`owner/name`). */
  repository?: string;
  /** Claims merged over the defaults of every issued ID token (e.g. a different `sub`). */
  claims?: OidcClaims;
  /** Seconds an ID token stays valid; GitHub's are short-lived. */
  tokenTtlSeconds?: number;
  /** Time for iat/nbf/exp; pass the simulator's clock so its trust checks agree. */
  clock?: () => Date | Promise<Date>;
  /** Logins that may be assigned; others get GitHub's 422 "invalid" on assignees. */
  collaborators?: string[];
  /** Login the token acts as; a login ending in "[bot]" is an app's bot (GITHUB_TOKEN: github-actions[bot]). */
  actor?: string;
  /**
   * The token may only read, as GITHUB_TOKEN on a pull request from a fork: every write answers 403
   * "Resource not accessible by integration".
   */
  readOnly?: boolean;
}

export interface FakeGitHub {
  url: string;
  token: string;
  oidcRequestToken: string;
  close(): Promise<void>;
  state: { issues: FakeIssue[]; comments: FakeComment[]; labels: Map<string, FakeLabel[]> };
  requests: LoggedRequest[];
  oidc: {
    /** A signed ID token with the default claims, `claims` merged over them. */
    tokenFor(claims?: OidcClaims): Promise<string>;
    /** Change the claims of tokens issued from now on (e.g. `{ sub: 'repo:evil/fork:…' }`). */
    setClaims(claims: OidcClaims): void;
    /** Decoded payloads of every token the endpoint issued, in order. */
    issued: OidcClaims[];
    /** PEM of the key that signs the tokens (RS256), for tests that verify signatures. */
    publicKeyPem: string;
  };
  /**
   * Make the next `count` requests to `route` answer `status` with GitHub's error body.
   * `route` is a template as logged, e.g. `POST /repos/:owner/:repo/issues`, or `*` for any route.
   */
  failNext(route: string, status: number, options?: number | { count?: number; message?: string }): void;
  /** Open a pull request (number as given) in `repo` (owner/name). */
  addPullRequest(repo: string, number: number, title?: string): FakeIssue;
  /** A comment written by someone else (default: the user octocat). */
  addComment(
    repo: string,
    issueNumber: number,
    body: string,
    user?: { login: string; type?: 'User' | 'Bot' },
  ): FakeComment;
  /** The repository's files at `ref` (a commit SHA or branch), path → text; replaces what was there. */
  setFiles(repo: string, ref: string, files: Record<string, string>): void;
  /** Forget all issues, comments, labels, files, requests, pending failures and issued tokens. */
  reset(): void;
  /** Requests whose matched route equals `route`. */
  calls(route: string): LoggedRequest[];
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.message));
  }
}

const DOCS = 'https://docs.github.com/rest';
const notFound = () => new HttpError(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
const validationFailed = (errors: Record<string, unknown>[]) =>
  new HttpError(422, { message: 'Validation Failed', errors, documentation_url: DOCS, status: '422' });

/** A JSON body, or with `contentType` a text body sent as it is. */
type HandlerResult = { status: number; body: unknown; contentType?: string };

type Handler = (ctx: {
  params: Record<string, string>;
  query: Record<string, string>;
  body: Record<string, unknown>;
  baseUrl: string;
  res: ServerResponse;
  headers: IncomingMessage['headers'];
}) => Promise<HandlerResult> | HandlerResult;

interface Route {
  key: string;
  method: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

function compile(method: string, template: string, handler: Handler): Route {
  const names: string[] = [];
  const source = template.replace(/([:*])([a-z_]+)/g, (_m, kind: string, name: string) => {
    names.push(name);
    return kind === '*' ? '(.+)' : '([^/]+)';
  });
  return { key: `${method} ${template}`, method, pattern: new RegExp(`^${source}/?$`), names, handler };
}

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

/** Split a search query into qualifiers and free text, honouring "quoted phrases". */
export function parseSearchQuery(q: string): { qualifiers: [string, string][]; phrases: string[] } {
  const qualifiers: [string, string][] = [];
  const phrases: string[] = [];
  for (const m of q.matchAll(/(-?[a-z_]+):("[^"]*"|\S+)|"([^"]*)"|(\S+)/gi)) {
    if (m[1] && m[2]) qualifiers.push([m[1].toLowerCase(), m[2].replace(/^"|"$/g, '')]);
    else phrases.push((m[3] ?? m[4] ?? '').toLowerCase());
  }
  return { qualifiers, phrases: phrases.filter((p) => p !== '') };
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const token = options.token ?? `ghs_fake${randomUUID().replace(/-/g, '')}`;
  const oidcRequestToken = options.oidcRequestToken ?? `oidc-request-${randomUUID()}`;
  const repository = options.repository ?? 'acme/infra';
  const clock = options.clock ?? (() => new Date());
  const ttl = options.tokenTtlSeconds ?? 300;
  const collaborators = new Set(options.collaborators ?? ['octocat']);
  const actorLogin = options.actor ?? 'github-actions[bot]';
  const actor: FakeUser = {
    login: actorLogin,
    id: 41898282,
    type: actorLogin.endsWith('[bot]') ? 'Bot' : 'User',
  };
  /** repo → ref → path → text. */
  const files = new Map<string, Map<string, Map<string, string>>>();
  let extraClaims: OidcClaims = { ...options.claims };
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();

  const state: FakeGitHub['state'] = { issues: [], comments: [], labels: new Map() };
  const requests: LoggedRequest[] = [];
  const issued: OidcClaims[] = [];
  const failures: { route: string; status: number; remaining: number; message?: string }[] = [];
  let nextId = 1000;
  const nextNumber = new Map<string, number>();

  const now = async () => clock();
  const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

  async function signToken(claims: OidcClaims = {}): Promise<string> {
    const t = Math.floor((await now()).getTime() / 1000);
    const [owner] = repository.split('/');
    const payload: OidcClaims = {
      jti: randomUUID(),
      sub: `repo:${repository}:ref:refs/heads/main`,
      aud: `https://github.com/${owner}`,
      ref: 'refs/heads/main',
      sha: '0123456789abcdef0123456789abcdef01234567',
      repository,
      repository_owner: owner,
      repository_visibility: 'private',
      run_id: '4242',
      run_number: '7',
      run_attempt: '1',
      actor: 'octocat',
      workflow: 'backup',
      event_name: 'schedule',
      ref_type: 'branch',
      job_workflow_ref: `${repository}/.github/workflows/backup.yml@refs/heads/main`,
      iss: 'https://token.actions.githubusercontent.com',
      nbf: t - 600,
      iat: t,
      exp: t + ttl,
      ...extraClaims,
      ...claims,
    };
    const header = { typ: 'JWT', alg: 'RS256', x5t: kid, kid };
    const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
    const signature = createSign('RSA-SHA256')
      .update(signingInput)
      .sign(privateKey as KeyObject);
    return `${signingInput}.${base64url(signature)}`;
  }

  const repoKey = (p: Record<string, string>) => `${p.owner}/${p.repo}`.toLowerCase();
  const repoLabels = (repo: string) => {
    let list = state.labels.get(repo);
    if (!list) state.labels.set(repo, (list = []));
    return list;
  };
  const findLabel = (repo: string, name: string) =>
    repoLabels(repo).find((l) => l.name.toLowerCase() === name.toLowerCase());

  function labelJson(label: FakeLabel) {
    return { ...label };
  }

  function createLabel(
    repo: string,
    baseUrl: string,
    name: string,
    color?: string,
    description?: string | null,
  ) {
    const id = nextId++;
    const label: FakeLabel = {
      id,
      node_id: `LA_${id}`,
      url: `${baseUrl}/repos/${repo}/labels/${encodeURIComponent(name)}`,
      name,
      color: (color ?? 'ededed').replace(/^#/, ''),
      description: description ?? null,
      default: false,
    };
    repoLabels(repo).push(label);
    return label;
  }

  const userJson = (u: FakeUser) => ({
    login: u.login,
    id: u.id,
    node_id: `U_${u.id}`,
    type: u.type,
    html_url: `https://github.com/${u.login}`,
  });

  function issueJson(issue: FakeIssue, baseUrl: string) {
    const apiUrl = `${baseUrl}/repos/${issue.repo}/issues/${issue.number}`;
    return {
      id: issue.id,
      node_id: issue.node_id,
      url: apiUrl,
      repository_url: `${baseUrl}/repos/${issue.repo}`,
      comments_url: `${apiUrl}/comments`,
      html_url: `https://github.com/${issue.repo}/issues/${issue.number}`,
      number: issue.number,
      state: issue.state,
      state_reason: issue.state_reason,
      title: issue.title,
      body: issue.body,
      user: userJson(issue.user),
      labels: issue.labels.map((name) => labelJson(findLabel(issue.repo, name)!)),
      assignee: issue.assignees[0] ? userJson({ login: issue.assignees[0], id: 1, type: 'User' }) : null,
      assignees: issue.assignees.map((login, i) => userJson({ login, id: i + 1, type: 'User' })),
      locked: issue.locked,
      comments: issue.comments,
      ...(issue.pull_request
        ? {
            pull_request: {
              url: `${baseUrl}/repos/${issue.repo}/pulls/${issue.number}`,
              html_url: `https://github.com/${issue.repo}/pull/${issue.number}`,
            },
          }
        : {}),
      created_at: issue.created_at,
      updated_at: issue.updated_at,
      closed_at: issue.closed_at,
      author_association: 'NONE',
    };
  }

  function commentJson(c: FakeComment, baseUrl: string) {
    return {
      id: c.id,
      node_id: c.node_id,
      url: `${baseUrl}/repos/${c.repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${c.repo}/issues/${c.issue_number}#issuecomment-${c.id}`,
      issue_url: `${baseUrl}/repos/${c.repo}/issues/${c.issue_number}`,
      body: c.body,
      user: userJson(c.user),
      created_at: c.created_at,
      updated_at: c.updated_at,
      author_association: 'NONE',
    };
  }

  /** Slice a list the way GitHub does (per_page ≤ 100, default 30) and set the Link header. */
  function paginate<T>(items: T[], query: Record<string, string>, res: ServerResponse, selfUrl: string): T[] {
    const perPage = Math.min(100, Math.max(1, Number(query.per_page ?? 30) || 30));
    const page = Math.max(1, Number(query.page ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number, rel: string) => {
      const u = new URL(selfUrl);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(p));
      return `<${u.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    if (links.length > 0) res.setHeader('Link', links.join(', '));
    return items.slice((page - 1) * perPage, page * perPage);
  }

  function getIssue(repo: string, number: string): FakeIssue {
    const issue = state.issues.find((i) => i.repo === repo && i.number === Number(number));
    if (!issue) throw notFound();
    return issue;
  }

  function normaliseLabels(repo: string, baseUrl: string, value: unknown): string[] {
    if (!Array.isArray(value)) return [];
    const names = value.map((l) =>
      typeof l === 'string' ? l : String((l as { name?: unknown }).name ?? ''),
    );
    // GitHub creates labels that do not exist yet when an issue is labelled with them.
    return names.map((name) => (findLabel(repo, name) ?? createLabel(repo, baseUrl, name)).name);
  }

  function checkAssignees(value: unknown): string[] {
    if (value === undefined) return [];
    const list = Array.isArray(value) ? value.map(String) : [];
    const invalid = list.filter((login) => !collaborators.has(login));
    if (invalid.length > 0)
      throw validationFailed(
        invalid.map((v) => ({ value: v, resource: 'Issue', field: 'assignees', code: 'invalid' })),
      );
    return list;
  }

  function issueMatchesSearch(issue: FakeIssue, q: string): boolean {
    const { qualifiers, phrases } = parseSearchQuery(q);
    for (const [key, value] of qualifiers) {
      const v = value.toLowerCase();
      const ok = (() => {
        switch (key) {
          case 'repo':
            return issue.repo === v;
          case 'is':
            if (v === 'issue') return true;
            if (v === 'pr' || v === 'pull-request') return false;
            return issue.state === v;
          case 'state':
            return issue.state === v;
          case 'label':
            return issue.labels.some((l) => l.toLowerCase() === v);
          case 'in':
            return true; // `in:body` / `in:title` only narrow where phrases are looked for; we look in both.
          case 'author':
            return issue.user.login.toLowerCase() === v;
          default:
            throw validationFailed([
              { message: `unsupported qualifier ${key} in the fake`, resource: 'Search' },
            ]);
        }
      })();
      if (!ok) return false;
    }
    const haystack = `${issue.title}\n${issue.body ?? ''}`.toLowerCase();
    return phrases.every((p) => haystack.includes(p));
  }

  const routes: Route[] = [
    compile('GET', '/repos/:owner/:repo/contents/*path', ({ params, query, baseUrl, headers }) => {
      const repo = repoKey(params);
      const ref = query.ref ?? 'main';
      const tree = files.get(repo)?.get(ref);
      if (!tree)
        throw new HttpError(404, {
          message: `No commit found for the ref ${ref}`,
          documentation_url: DOCS,
          status: '404',
        });
      const path = params.path!.replace(/\/+$/, '');
      const contentJson = (p: string, type: 'file' | 'dir') => {
        const name = p.split('/').pop()!;
        const text = tree.get(p) ?? '';
        const sha = createHash('sha1')
          .update(`blob ${Buffer.byteLength(text)}\0${text}`)
          .digest('hex');
        return {
          type,
          name,
          path: p,
          sha,
          size: type === 'file' ? Buffer.byteLength(text) : 0,
          url: `${baseUrl}/repos/${repo}/contents/${p}?ref=${ref}`,
          html_url: `https://github.com/${repo}/${type === 'file' ? 'blob' : 'tree'}/${ref}/${p}`,
          git_url: `${baseUrl}/repos/${repo}/git/${type === 'file' ? 'blobs' : 'trees'}/${sha}`,
          download_url: type === 'file' ? `https://raw.githubusercontent.com/${repo}/${ref}/${p}` : null,
        };
      };
      if (tree.has(path)) {
        const text = tree.get(path)!;
        // Octokit's `mediaType: { format: 'raw' }` sends application/vnd.github.v3.raw; GitHub also takes .raw(+json).
        if (/application\/vnd\.github(\.v3)?\.raw/.test(headers.accept ?? ''))
          return { status: 200, body: text, contentType: 'application/vnd.github.raw; charset=utf-8' };
        // GitHub wraps base64 at 60 characters.
        const content = (
          Buffer.from(text)
            .toString('base64')
            .match(/.{1,60}/g) ?? []
        ).join('\n');
        return { status: 200, body: { ...contentJson(path, 'file'), encoding: 'base64', content } };
      }
      const prefix = `${path}/`;
      const children = new Map<string, 'file' | 'dir'>();
      for (const p of tree.keys()) {
        if (!p.startsWith(prefix)) continue;
        const rest = p.slice(prefix.length);
        const slash = rest.indexOf('/');
        children.set(slash < 0 ? p : `${prefix}${rest.slice(0, slash)}`, slash < 0 ? 'file' : 'dir');
      }
      if (children.size === 0) throw notFound();
      return {
        status: 200,
        body: [...children].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, type]) => contentJson(p, type)),
      };
    }),
    // An installation token (GITHUB_TOKEN) is not a user: GitHub refuses /user for it.
    compile('GET', '/user', () => {
      if (actor.type === 'Bot')
        throw new HttpError(403, {
          message: 'Resource not accessible by integration',
          documentation_url: `${DOCS}/users/users#get-the-authenticated-user`,
          status: '403',
        });
      return { status: 200, body: userJson(actor) };
    }),
    // GraphQL, only `viewer { login }`: a bot's login there has no "[bot]" suffix.
    compile('POST', '/graphql', ({ body }) => {
      const query = String(body.query ?? '');
      if (!/^\s*(query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query))
        return {
          status: 200,
          body: { errors: [{ message: `the fake GitHub only answers viewer { login }, not: ${query}` }] },
        };
      return { status: 200, body: { data: { viewer: { login: actor.login.replace(/\[bot\]$/, '') } } } };
    }),
    compile('GET', '/repos/:owner/:repo/issues', ({ params, query, res, baseUrl }) => {
      const repo = repoKey(params);
      const wantState = query.state ?? 'open';
      const wantLabels = (query.labels ?? '')
        .split(',')
        .map((l) => l.trim().toLowerCase())
        .filter(Boolean);
      let items = state.issues.filter(
        (i) =>
          i.repo === repo &&
          (wantState === 'all' || i.state === wantState) &&
          wantLabels.every((w) => i.labels.some((l) => l.toLowerCase() === w)) &&
          (!query.assignee || i.assignees.includes(query.assignee)),
      );
      const direction = query.direction ?? 'desc';
      const sortKey = query.sort === 'updated' ? 'updated_at' : 'created_at';
      items = [...items].sort((a, b) => {
        const c = a[sortKey].localeCompare(b[sortKey]) || a.number - b.number;
        return direction === 'asc' ? c : -c;
      });
      const self = `${baseUrl}/repos/${repo}/issues?${new URLSearchParams(query).toString()}`;
      return { status: 200, body: paginate(items, query, res, self).map((i) => issueJson(i, baseUrl)) };
    }),
    compile('POST', '/repos/:owner/:repo/issues', async ({ params, body, baseUrl }) => {
      const repo = repoKey(params);
      if (typeof body.title !== 'string' || body.title === '')
        throw validationFailed([{ resource: 'Issue', code: 'missing_field', field: 'title' }]);
      if (typeof body.body === 'string' && body.body.length > 65536)
        throw validationFailed([
          {
            resource: 'Issue',
            code: 'custom',
            field: 'body',
            message: 'body is too long (maximum is 65536 characters)',
          },
        ]);
      const assignees = checkAssignees(body.assignees);
      const number = (nextNumber.get(repo) ?? 0) + 1;
      nextNumber.set(repo, number);
      const at = iso(await now());
      const id = nextId++;
      const issue: FakeIssue = {
        repo,
        id,
        node_id: `I_${id}`,
        number,
        title: body.title,
        body: typeof body.body === 'string' ? body.body : null,
        state: 'open',
        state_reason: null,
        labels: normaliseLabels(repo, baseUrl, body.labels),
        assignees,
        user: actor,
        comments: 0,
        locked: false,
        created_at: at,
        updated_at: at,
        closed_at: null,
      };
      state.issues.push(issue);
      return { status: 201, body: issueJson(issue, baseUrl) };
    }),
    compile('GET', '/repos/:owner/:repo/issues/:number', ({ params, baseUrl }) => ({
      status: 200,
      body: issueJson(getIssue(repoKey(params), params.number!), baseUrl),
    })),
    compile('PATCH', '/repos/:owner/:repo/issues/:number', async ({ params, body, baseUrl }) => {
      const repo = repoKey(params);
      const issue = getIssue(repo, params.number!);
      if (body.body !== undefined && typeof body.body === 'string' && body.body.length > 65536)
        throw validationFailed([
          {
            resource: 'Issue',
            code: 'custom',
            field: 'body',
            message: 'body is too long (maximum is 65536 characters)',
          },
        ]);
      const at = iso(await now());
      if (typeof body.title === 'string') issue.title = body.title;
      if (body.body !== undefined) issue.body = body.body === null ? null : String(body.body);
      if (body.labels !== undefined) issue.labels = normaliseLabels(repo, baseUrl, body.labels);
      if (body.assignees !== undefined) issue.assignees = checkAssignees(body.assignees);
      if (body.state === 'open' || body.state === 'closed') {
        if (body.state !== issue.state) {
          issue.state = body.state;
          issue.closed_at = body.state === 'closed' ? at : null;
          issue.state_reason =
            body.state === 'closed'
              ? ((body.state_reason as FakeIssue['state_reason']) ?? 'completed')
              : 'reopened';
        }
      } else if (body.state !== undefined) {
        throw validationFailed([{ resource: 'Issue', code: 'invalid', field: 'state', value: body.state }]);
      }
      issue.updated_at = at;
      return { status: 200, body: issueJson(issue, baseUrl) };
    }),
    compile('GET', '/repos/:owner/:repo/issues/:number/comments', ({ params, query, res, baseUrl }) => {
      const repo = repoKey(params);
      const issue = getIssue(repo, params.number!);
      const items = state.comments.filter((c) => c.repo === repo && c.issue_number === issue.number);
      const self = `${baseUrl}/repos/${repo}/issues/${issue.number}/comments?${new URLSearchParams(query).toString()}`;
      return { status: 200, body: paginate(items, query, res, self).map((c) => commentJson(c, baseUrl)) };
    }),
    compile('POST', '/repos/:owner/:repo/issues/:number/comments', async ({ params, body, baseUrl }) => {
      const repo = repoKey(params);
      const issue = getIssue(repo, params.number!);
      if (typeof body.body !== 'string' || body.body === '')
        throw validationFailed([{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]);
      if (body.body.length > 65536)
        throw validationFailed([
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: 'Body is too long (maximum is 65536 characters)',
          },
        ]);
      if (issue.locked) throw new HttpError(403, { message: 'Issue is locked', documentation_url: DOCS });
      const at = iso(await now());
      const id = nextId++;
      const comment: FakeComment = {
        repo,
        id,
        node_id: `IC_${id}`,
        issue_number: issue.number,
        body: body.body,
        user: actor,
        created_at: at,
        updated_at: at,
      };
      state.comments.push(comment);
      issue.comments += 1;
      issue.updated_at = at;
      return { status: 201, body: commentJson(comment, baseUrl) };
    }),
    compile('GET', '/repos/:owner/:repo/issues/comments/:id', ({ params, baseUrl }) => {
      const c = state.comments.find((x) => x.repo === repoKey(params) && x.id === Number(params.id));
      if (!c) throw notFound();
      return { status: 200, body: commentJson(c, baseUrl) };
    }),
    compile('PATCH', '/repos/:owner/:repo/issues/comments/:id', async ({ params, body, baseUrl }) => {
      const c = state.comments.find((x) => x.repo === repoKey(params) && x.id === Number(params.id));
      if (!c) throw notFound();
      if (typeof body.body !== 'string' || body.body === '')
        throw validationFailed([{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]);
      if (body.body.length > 65536)
        throw validationFailed([
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: 'Body is too long (maximum is 65536 characters)',
          },
        ]);
      c.body = body.body;
      c.updated_at = iso(await now());
      return { status: 200, body: commentJson(c, baseUrl) };
    }),
    compile('DELETE', '/repos/:owner/:repo/issues/comments/:id', ({ params }) => {
      const index = state.comments.findIndex((x) => x.repo === repoKey(params) && x.id === Number(params.id));
      if (index < 0) throw notFound();
      const [c] = state.comments.splice(index, 1);
      const issue = state.issues.find((i) => i.repo === c!.repo && i.number === c!.issue_number);
      if (issue) issue.comments -= 1;
      return { status: 204, body: undefined };
    }),
    compile('GET', '/repos/:owner/:repo/labels', ({ params, query, res, baseUrl }) => {
      const repo = repoKey(params);
      const self = `${baseUrl}/repos/${repo}/labels?${new URLSearchParams(query).toString()}`;
      return { status: 200, body: paginate(repoLabels(repo), query, res, self).map(labelJson) };
    }),
    compile('GET', '/repos/:owner/:repo/labels/:name', ({ params }) => {
      const label = findLabel(repoKey(params), decodeURIComponent(params.name!));
      if (!label) throw notFound();
      return { status: 200, body: labelJson(label) };
    }),
    compile('POST', '/repos/:owner/:repo/labels', ({ params, body, baseUrl }) => {
      const repo = repoKey(params);
      if (typeof body.name !== 'string' || body.name === '')
        throw validationFailed([{ resource: 'Label', code: 'missing_field', field: 'name' }]);
      if (findLabel(repo, body.name))
        throw validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
      if (body.color !== undefined && !/^#?[0-9a-f]{6}$/i.test(String(body.color)))
        throw validationFailed([{ resource: 'Label', code: 'invalid', field: 'color' }]);
      const label = createLabel(
        repo,
        baseUrl,
        body.name,
        body.color as string | undefined,
        (body.description as string | undefined) ?? null,
      );
      return { status: 201, body: labelJson(label) };
    }),
    compile('GET', '/search/issues', ({ query, res, baseUrl }) => {
      const q = query.q;
      if (!q) throw validationFailed([{ resource: 'Search', field: 'q', code: 'missing' }]);
      const items = state.issues
        .filter((i) => issueMatchesSearch(i, q))
        .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.number - a.number);
      const self = `${baseUrl}/search/issues?${new URLSearchParams(query).toString()}`;
      const page = paginate(items, query, res, self);
      return {
        status: 200,
        body: {
          total_count: items.length,
          incomplete_results: false,
          items: page.map((i) => ({ ...issueJson(i, baseUrl), score: 1 })),
        },
      };
    }),
  ];

  function authorised(req: IncomingMessage, expected: string, schemes: string[]): boolean {
    const header = req.headers.authorization ?? '';
    const m = /^(\S+)\s+(.+)$/.exec(header);
    return !!m && schemes.includes(m[1]!.toLowerCase()) && m[2] === expected;
  }

  async function readBody(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  function takeFailure(routeKey: string): { status: number; message?: string } | undefined {
    const f = failures.find((x) => x.route === routeKey || x.route === '*');
    if (!f) return undefined;
    f.remaining -= 1;
    if (f.remaining <= 0) failures.splice(failures.indexOf(f), 1);
    return f;
  }

  async function handle(req: IncomingMessage, res: ServerResponse, baseUrl: string) {
    const url = new URL(req.url ?? '/', baseUrl);
    const query = Object.fromEntries(url.searchParams);
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    let body: unknown = undefined;
    const entry: LoggedRequest = { method, path: url.pathname, query, body: undefined, status: 0 };
    requests.push(entry);
    const send = (status: number, payload: unknown) => {
      entry.status = status;
      if (payload === undefined) {
        res.writeHead(status).end();
        return;
      }
      res
        .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
        .end(JSON.stringify(payload));
    };
    try {
      if (raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          throw new HttpError(400, {
            message: 'Problems parsing JSON',
            documentation_url: DOCS,
            status: '400',
          });
        }
      }
      entry.body = body;

      // The Actions OIDC endpoint: what core.getIDToken() calls.
      if (url.pathname === '/oidc/token') {
        entry.route = 'GET /oidc/token';
        if (method !== 'GET') throw notFound();
        if (!authorised(req, oidcRequestToken, ['bearer']))
          throw new HttpError(401, { message: 'Unauthorized' });
        const failed = takeFailure(entry.route);
        if (failed)
          throw new HttpError(failed.status, {
            message: failed.message ?? `injected failure ${failed.status}`,
          });
        const claims: OidcClaims = query.audience ? { aud: query.audience } : {};
        const value = await signToken(claims);
        issued.push(
          JSON.parse(Buffer.from(value.split('.')[1]!, 'base64url').toString('utf8')) as OidcClaims,
        );
        send(200, { count: 1, value });
        return;
      }

      const route = routes.find((r) => r.method === method && r.pattern.test(url.pathname));
      if (!route) throw notFound();
      entry.route = route.key;
      if (!authorised(req, token, ['token', 'bearer']))
        throw new HttpError(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
      if (options.readOnly && method !== 'GET' && route.key !== 'POST /graphql')
        throw new HttpError(403, {
          message: 'Resource not accessible by integration',
          documentation_url: DOCS,
          status: '403',
        });
      const failed = takeFailure(route.key);
      if (failed) {
        throw new HttpError(failed.status, {
          message:
            failed.message ??
            (failed.status === 403 ? 'API rate limit exceeded for installation.' : 'Server Error'),
          documentation_url: DOCS,
          status: String(failed.status),
        });
      }
      const match = route.pattern.exec(url.pathname)!;
      const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(match[i + 1]!)]));
      const result = await route.handler({
        params,
        query,
        body: (body && typeof body === 'object' ? body : {}) as Record<string, unknown>,
        baseUrl,
        res,
        headers: req.headers,
      });
      if (result.contentType) {
        entry.status = result.status;
        res.writeHead(result.status, { 'content-type': result.contentType }).end(String(result.body));
        return;
      }
      send(result.status, result.body);
    } catch (error) {
      if (error instanceof HttpError) send(error.status, error.body);
      else send(500, { message: error instanceof Error ? error.message : String(error) });
    }
  }

  let baseUrl = '';
  const server = createServer((req, res) => {
    void handle(req, res, baseUrl);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    token,
    oidcRequestToken,
    state,
    requests,
    oidc: {
      tokenFor: (claims) => signToken(claims),
      setClaims: (claims) => {
        extraClaims = { ...extraClaims, ...claims };
      },
      issued,
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    },
    failNext(route, status, options = 1) {
      const { count = 1, message } = typeof options === 'number' ? { count: options } : options;
      failures.push({ route, status, remaining: count, ...(message ? { message } : {}) });
    },
    addPullRequest(repo, number, title = `Pull request #${number}`) {
      const key = repo.toLowerCase();
      const at = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
      const id = nextId++;
      const pr: FakeIssue = {
        repo: key,
        id,
        node_id: `PR_${id}`,
        number,
        title,
        body: null,
        state: 'open',
        state_reason: null,
        labels: [],
        assignees: [],
        user: { login: 'octocat', id: 1, type: 'User' },
        comments: 0,
        locked: false,
        created_at: at,
        updated_at: at,
        closed_at: null,
        pull_request: true,
      };
      state.issues.push(pr);
      nextNumber.set(key, Math.max(nextNumber.get(key) ?? 0, number));
      return pr;
    },
    addComment(repo, issueNumber, body, user = { login: 'octocat' }) {
      const key = repo.toLowerCase();
      const at = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
      const id = nextId++;
      const comment: FakeComment = {
        repo: key,
        id,
        node_id: `IC_${id}`,
        issue_number: issueNumber,
        body,
        user: { login: user.login, id: 7, type: user.type ?? 'User' },
        created_at: at,
        updated_at: at,
      };
      state.comments.push(comment);
      const issue = state.issues.find((i) => i.repo === key && i.number === issueNumber);
      if (issue) issue.comments += 1;
      return comment;
    },
    setFiles(repo, ref, content) {
      const key = repo.toLowerCase();
      if (!files.has(key)) files.set(key, new Map());
      files.get(key)!.set(ref, new Map(Object.entries(content)));
    },
    reset() {
      files.clear();
      state.issues.length = 0;
      state.comments.length = 0;
      state.labels.clear();
      requests.length = 0;
      failures.length = 0;
      issued.length = 0;
      nextNumber.clear();
    },
    calls: (route) => requests.filter((r) => r.route === route),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

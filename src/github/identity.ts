// Who the token acts as, so a sticky comment is matched to its real author.
//
// A user token (PAT) answers GET /user. An installation token (GITHUB_TOKEN, GitHub Apps) is refused
// there (403 "Resource not accessible by integration"), but GraphQL's `viewer` names the app's bot;
// GraphQL spells a bot's login without the "[bot]" suffix that REST comments carry. If both fail,
// the author of GITHUB_TOKEN comments is assumed: github-actions[bot].
import type { Octokit } from './octokit.js';

export interface TokenIdentity {
  /** The login as REST shows it on comments, e.g. "octocat" or "github-actions[bot]". */
  login: string;
  bot: boolean;
  /** How it was found, for the log. */
  source: 'user' | 'graphql' | 'default';
}

export const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

export async function tokenIdentity(octokit: Octokit): Promise<TokenIdentity> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login, bot: data.type === 'Bot', source: 'user' };
  } catch {
    // Installation tokens cannot read /user; ask GraphQL.
  }
  try {
    const data = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    const login = data.viewer.login.replace(/\[bot\]$/, '');
    return { login: `${login}[bot]`, bot: true, source: 'graphql' };
  } catch {
    return { login: GITHUB_ACTIONS_BOT, bot: true, source: 'default' };
  }
}

/** Is a comment's REST author the token's identity? A user with the bot's name (without [bot]) is not. */
export function isAuthor(
  user: { login: string; type?: string } | null | undefined,
  me: TokenIdentity,
): boolean {
  if (!user) return false;
  if (me.bot) return user.type === 'Bot' && user.login.toLowerCase() === me.login.toLowerCase();
  return user.type !== 'Bot' && user.login.toLowerCase() === me.login.toLowerCase();
}

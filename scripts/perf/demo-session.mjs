// Signs a demo account in through next-auth's credentials endpoint, as the sign-in form does, and
// returns the Cookie header that carries its session.
export const DEMO_COORDINATOR = { email: 'coordinator@demo.fc.pk', password: 'Demo-Password-2026' };

const cookiesOf = (response) => response.headers.getSetCookie().map((c) => c.split(';')[0]);

export async function signIn(baseUrl, { email, password } = DEMO_COORDINATOR) {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const jar = cookiesOf(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const session = cookiesOf(response).find((c) => /^(__Secure-)?next-auth\.session-token=./.test(c));
  if (!session) throw new Error(`sign-in as ${email} failed (HTTP ${response.status}): ${(await response.text()).slice(0, 300)}`);
  return session;
}

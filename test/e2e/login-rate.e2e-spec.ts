import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => { t = await startApp({ LOGIN_RATE_PER_MINUTE: '8', LOGIN_ACCOUNT_RATE_PER_MINUTE: '4' }); });
afterAll(async () => { await t.close(); });

describe('sign-in rate limits', () => {
  it('answers 429 once one account has been tried too often in a minute, before the password is even checked', async () => {
    const email = 'nobody-in-particular@staff.test';
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await t.http().post('/api/auth/login').send({ email, password: PASSWORD })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
  });

  it('answers 429 once one address has tried too many accounts in a minute', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await t.http().post('/api/auth/login').send({ email: `someone-${i}@staff.test`, password: PASSWORD })).status);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3)).toEqual([429, 429]);
  });
});

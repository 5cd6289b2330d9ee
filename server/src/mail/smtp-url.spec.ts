import { describe, expect, it } from 'vitest';
import { pooled } from './mail.service.js';

describe('pooled', () => {
  it('keeps SMTP connections open unless the URL says otherwise', () => {
    expect(pooled('smtp://127.0.0.1:1025')).toBe('smtp://127.0.0.1:1025?pool=true');
    expect(pooled('smtps://user:p%40ss@mail.example.org:465?maxConnections=2')).toBe('smtps://user:p%40ss@mail.example.org:465?maxConnections=2&pool=true');
    expect(pooled('smtp://127.0.0.1:1025?pool=false')).toBe('smtp://127.0.0.1:1025?pool=false');
  });
});

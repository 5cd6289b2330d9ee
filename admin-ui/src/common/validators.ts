import { email, maxLength, regex } from 'react-admin';

export const icoNumber = regex(/^[A-Za-z0-9]{6,12}$/, 'An ICO registration number such as ZA123456');
export const phone = regex(/^\+?[0-9 ()-]{6,20}$/, 'A phone number, e.g. 01223 000000');
export const emailAddress = [email('An email address, e.g. office@setting.org.uk'), maxLength(320)];

/** The company's password policy, as far as the browser can check it; the server also refuses common passwords. */
export const PASSWORD_HINT = '12–128 characters, upper and lower case and a digit, not a common password';
export function passwordPolicy(value: unknown): string | undefined {
  if (value == null || value === '') return undefined;
  const s = String(value);
  if (s.length < 12 || s.length > 128) return 'Between 12 and 128 characters';
  if (!/[a-z]/.test(s) || !/[A-Z]/.test(s) || !/[0-9]/.test(s)) return 'Needs upper case, lower case and a digit';
  return undefined;
}

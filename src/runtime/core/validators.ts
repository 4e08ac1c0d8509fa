// django.core.validators, the part the model fields use.
import { ValidationError } from './exceptions';
import { IPv4Address } from '../python/ipaddress';
import { ValueError } from '../python/exceptions';
import { is_valid_ipv6_address } from '../utils/ipv6';

export type Validator = ((value: any) => void) | { __call__(value: any): void };

export function runValidator(validator: Validator, value: unknown): void {
  if (typeof validator === 'function') validator(value);
  else validator.__call__(value);
}

abstract class LimitValidator {
  abstract message: string;
  abstract code: string;
  readonly limit_value: number;
  constructor(limit_value: number, message?: string) {
    this.limit_value = limit_value;
    if (message !== undefined) this.customMessage = message;
  }
  private customMessage: string | undefined;
  abstract compare(a: number, b: number): boolean;
  clean(value: unknown): number {
    return Number(value);
  }
  __call__(value: unknown): void {
    const cleaned = this.clean(value);
    if (this.compare(cleaned, this.limit_value)) {
      throw new ValidationError(this.customMessage ?? this.message, {
        code: this.code,
        params: { limit_value: this.limit_value, show_value: cleaned, value },
      });
    }
  }
}

export class MaxValueValidator extends LimitValidator {
  message = 'Ensure this value is less than or equal to %(limit_value)s.';
  code = 'max_value';
  compare(a: number, b: number): boolean {
    return a > b;
  }
}

export class MinValueValidator extends LimitValidator {
  message = 'Ensure this value is greater than or equal to %(limit_value)s.';
  code = 'min_value';
  compare(a: number, b: number): boolean {
    return a < b;
  }
}

export class MaxLengthValidator extends LimitValidator {
  code = 'max_length';
  get message(): string {
    return this.limit_value === 1
      ? 'Ensure this value has at most %(limit_value)d character (it has %(show_value)d).'
      : 'Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).';
  }
  compare(a: number, b: number): boolean {
    return a > b;
  }
  override clean(value: unknown): number {
    return [...String(value)].length;
  }
}

export class MinLengthValidator extends LimitValidator {
  code = 'min_length';
  get message(): string {
    return this.limit_value === 1
      ? 'Ensure this value has at least %(limit_value)d character (it has %(show_value)d).'
      : 'Ensure this value has at least %(limit_value)d characters (it has %(show_value)d).';
  }
  compare(a: number, b: number): boolean {
    return a < b;
  }
  override clean(value: unknown): number {
    return [...String(value)].length;
  }
}

export class RegexValidator {
  regex: RegExp;
  message: string;
  code: string;
  inverse_match: boolean;
  constructor(options: { regex?: RegExp | string; message?: string; code?: string; inverse_match?: boolean } = {}) {
    this.regex = typeof options.regex === 'string' ? new RegExp(options.regex) : (options.regex ?? /(?:)/);
    this.message = options.message ?? 'Enter a valid value.';
    this.code = options.code ?? 'invalid';
    this.inverse_match = options.inverse_match ?? false;
  }
  __call__(value: unknown): void {
    const matched = this.regex.test(String(value));
    if (matched === this.inverse_match) throw new ValidationError(this.message, { code: this.code, params: { value } });
  }
}

export const validate_slug = new RegexValidator({
  regex: /^[-a-zA-Z0-9_]+$/,
  message: 'Enter a valid “slug” consisting of letters, numbers, underscores or hyphens.',
  code: 'invalid',
});

export class EmailValidator {
  message = 'Enter a valid email address.';
  code = 'invalid';
  __call__(value: unknown): void {
    const text = String(value);
    const at = text.lastIndexOf('@');
    const user = text.slice(0, at);
    const domain = text.slice(at + 1);
    const userOk = /^[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*$/i.test(user);
    const domainOk = /^((?=[a-z0-9-]{1,63}\.)[a-z0-9]+(-[a-z0-9]+)*\.)+[a-z]{2,63}$/i.test(domain) || domain === 'localhost';
    if (at < 1 || !userOk || !domainOk || text.length > 320) {
      throw new ValidationError(this.message, { code: this.code, params: { value } });
    }
  }
}
export const validate_email = new EmailValidator();

export class URLValidator {
  message = 'Enter a valid URL.';
  code = 'invalid';
  schemes = ['http', 'https', 'ftp', 'ftps'];
  __call__(value: unknown): void {
    const text = String(value);
    const scheme = text.split('://')[0]?.toLowerCase() ?? '';
    const ok =
      this.schemes.includes(scheme) &&
      /^[a-z][a-z0-9.+-]*:\/\/(?:[^\s:@/]+(?::[^\s:@/]*)?@)?(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\]|(?:[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?\.)+[a-z\u00a1-\uffff-]{2,63}\.?)(?::\d{1,5})?(?:[/?#][^\s]*)?$/i.test(
        text,
      );
    if (!ok || text.length > 2048) throw new ValidationError(this.message, { code: this.code, params: { value } });
  }
}

export class DecimalValidator {
  messages = {
    max_digits: 'Ensure that there are no more than %(max)s digits in total.',
    max_decimal_places: 'Ensure that there are no more than %(max)s decimal places.',
    max_whole_digits: 'Ensure that there are no more than %(max)s digits before the decimal point.',
  };
  readonly max_digits: number | null;
  readonly decimal_places: number | null;
  constructor(max_digits: number | null, decimal_places: number | null) {
    this.max_digits = max_digits;
    this.decimal_places = decimal_places;
  }
  __call__(value: unknown): void {
    const text = String(value).replace(/^[-+]/, '');
    const [whole = '', fraction = ''] = text.split('.');
    const wholeDigits = whole.replace(/^0+/, '').length;
    const decimals = fraction.length;
    const digits = wholeDigits + decimals;
    if (this.max_digits !== null && digits > this.max_digits) {
      throw new ValidationError(this.messages.max_digits, { code: 'max_digits', params: { max: this.max_digits, value } });
    }
    if (this.decimal_places !== null && decimals > this.decimal_places) {
      throw new ValidationError(this.messages.max_decimal_places, {
        code: 'max_decimal_places',
        params: { max: this.decimal_places, value },
      });
    }
    if (this.max_digits !== null && this.decimal_places !== null && wholeDigits > this.max_digits - this.decimal_places) {
      throw new ValidationError(this.messages.max_whole_digits, {
        code: 'max_whole_digits',
        params: { max: this.max_digits - this.decimal_places, value },
      });
    }
  }
}

export function validate_ipv4_address(value: unknown): void {
  try {
    new IPv4Address(value as string);
  } catch (error) {
    if (!(error instanceof ValueError)) throw error;
    throw new ValidationError('Enter a valid %(protocol)s address.', { code: 'invalid', params: { protocol: 'IPv4', value } });
  }
}

export function validate_ipv6_address(value: unknown): void {
  if (!is_valid_ipv6_address(value)) {
    throw new ValidationError('Enter a valid %(protocol)s address.', { code: 'invalid', params: { protocol: 'IPv6', value } });
  }
}

export function validate_ipv46_address(value: unknown): void {
  try {
    validate_ipv4_address(value);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    try {
      validate_ipv6_address(value);
    } catch (inner) {
      if (!(inner instanceof ValidationError)) throw inner;
      throw new ValidationError('Enter a valid %(protocol)s address.', {
        code: 'invalid',
        params: { protocol: 'IPv4 or IPv6', value },
      });
    }
  }
}

const ip_address_validator_map: Record<string, Validator[]> = {
  both: [validate_ipv46_address],
  ipv4: [validate_ipv4_address],
  ipv6: [validate_ipv6_address],
};

/** The validators of a GenericIPAddressField with this protocol. */
export function ip_address_validators(protocol: string, unpack_ipv4: boolean): Validator[] {
  if (protocol !== 'both' && unpack_ipv4) throw new ValueError("You can only use `unpack_ipv4` if `protocol` is set to 'both'");
  const validators = ip_address_validator_map[protocol.toLowerCase()];
  if (!validators) {
    const supported = Object.keys(ip_address_validator_map).map((name) => `'${name}'`);
    throw new ValueError(`The protocol '${protocol}' is unknown. Supported: [${supported.join(', ')}]`);
  }
  return validators;
}

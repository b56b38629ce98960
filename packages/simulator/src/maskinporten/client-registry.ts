import { type KeyObject, randomUUID, type X509Certificate } from 'node:crypto';
import { SimulatorError } from '../errors.js';
import { publicKeyFromJwk, type SigningKey } from './keys.js';

export interface ClientRecord {
  readonly clientId: string;
  readonly orgnr: string;
  readonly scopes: ReadonlySet<string>;
  /** Pre-registered keys by `kid` (the kid route). */
  readonly keys: ReadonlyMap<string, KeyObject>;
  /** Authenticates with a business certificate in `x5c` instead of a registered key. */
  readonly certificateAuth: boolean;
}

export interface Delegation {
  /** The legal consumer that delegated access in Altinn. */
  readonly consumerOrgnr: string;
  /** The supplier (the client's organisation) allowed to act for it. */
  readonly supplierOrgnr: string;
  readonly scopes: readonly string[];
}

export interface SystemUser {
  readonly id: string;
  /** The vendor's client that may request tokens for this system user. */
  readonly clientId: string;
  /** The customer the system user acts for (`systemuser_org`). */
  readonly customerOrgnr: string;
  readonly systemId: string;
  readonly externalRef?: string;
}

export interface ClientInput {
  readonly clientId?: string;
  readonly orgnr: string;
  readonly scope: string;
  readonly key?: SigningKey;
  readonly publicJwk?: Readonly<Record<string, unknown>>;
  readonly certificateAuth?: boolean;
}

const ORGNR = /^\d{9}$/;

function adminInput(message: string): SimulatorError {
  return new SimulatorError('ELAN_SIMULATOR_ADMIN_INPUT', message);
}

/** The Maskinporten stand-in's registrations: clients, Altinn delegations, system users and test CAs. */
export class ClientRegistry {
  readonly #clients = new Map<string, ClientRecord>();
  readonly #delegations: Delegation[] = [];
  readonly #systemUsers: SystemUser[] = [];
  readonly #authorities: X509Certificate[] = [];

  register(input: ClientInput): ClientRecord {
    if (!ORGNR.test(String(input.orgnr))) throw adminInput(`orgnr must be 9 digits (got "${input.orgnr}").`);
    if (typeof input.scope !== 'string') throw adminInput('scope must be a space-separated string.');
    if (input.clientId !== undefined && (typeof input.clientId !== 'string' || input.clientId === '')) {
      throw adminInput('clientId must be a non-empty string.');
    }
    const scopes = input.scope.split(' ').filter(Boolean);
    if (scopes.length === 0) throw adminInput('A client needs at least one scope.');
    const keys = new Map<string, KeyObject>();
    if (input.key) keys.set(input.key.kid, input.key.publicKey);
    if (input.publicJwk) {
      const kid = input.publicJwk.kid;
      if (typeof kid !== 'string' || kid === '') throw adminInput('publicJwk needs a "kid".');
      try {
        keys.set(kid, publicKeyFromJwk(input.publicJwk));
      } catch (cause) {
        throw new SimulatorError('ELAN_SIMULATOR_ADMIN_INPUT', 'publicJwk is not a usable RSA public key.', { cause });
      }
    }
    const clientId = input.clientId ?? randomUUID();
    if (this.#clients.has(clientId)) throw adminInput(`A client with id "${clientId}" is already registered.`);
    const record: ClientRecord = {
      clientId,
      orgnr: input.orgnr,
      scopes: new Set(scopes),
      keys,
      certificateAuth: input.certificateAuth ?? false,
    };
    this.#clients.set(clientId, record);
    return record;
  }

  get(clientId: string): ClientRecord | undefined {
    return this.#clients.get(clientId);
  }

  list(): ClientRecord[] {
    return [...this.#clients.values()];
  }

  addDelegation(delegation: Delegation): Delegation {
    if (!ORGNR.test(String(delegation.consumerOrgnr)) || !ORGNR.test(String(delegation.supplierOrgnr))) {
      throw adminInput('consumerOrgnr and supplierOrgnr must be 9 digits.');
    }
    if (!Array.isArray(delegation.scopes) || !delegation.scopes.every((scope) => typeof scope === 'string')) {
      throw adminInput('scopes must be a list of scope names.');
    }
    const stored = { ...delegation, scopes: [...delegation.scopes] };
    this.#delegations.push(stored);
    return stored;
  }

  isDelegated(consumerOrgnr: string, supplierOrgnr: string, scope: string): boolean {
    return this.#delegations.some(
      (d) => d.consumerOrgnr === consumerOrgnr && d.supplierOrgnr === supplierOrgnr && d.scopes.includes(scope),
    );
  }

  delegations(): readonly Delegation[] {
    return this.#delegations;
  }

  addSystemUser(input: Omit<SystemUser, 'id' | 'systemId'> & { id?: string; systemId?: string }): SystemUser {
    const client = this.#clients.get(input.clientId);
    if (!client) throw new SimulatorError('ELAN_SIMULATOR_UNKNOWN_CLIENT', `No client "${input.clientId}".`);
    if (!ORGNR.test(String(input.customerOrgnr))) throw adminInput('customerOrgnr must be 9 digits.');
    if (input.externalRef !== undefined && typeof input.externalRef !== 'string')
      throw adminInput('externalRef must be a string.');
    const user: SystemUser = {
      id: input.id ?? randomUUID(),
      clientId: input.clientId,
      customerOrgnr: input.customerOrgnr,
      systemId: input.systemId ?? `${client.orgnr}_elan-kit-system`,
      ...(input.externalRef === undefined ? {} : { externalRef: input.externalRef }),
    };
    this.#systemUsers.push(user);
    return user;
  }

  findSystemUser(clientId: string, customerOrgnr: string, externalRef: string | undefined): SystemUser | undefined {
    return this.#systemUsers.find(
      (u) =>
        u.clientId === clientId &&
        u.customerOrgnr === customerOrgnr &&
        (externalRef === undefined || u.externalRef === externalRef),
    );
  }

  systemUsers(): readonly SystemUser[] {
    return this.#systemUsers;
  }

  trustAuthority(certificate: X509Certificate): void {
    if (!certificate.ca) throw adminInput('The certificate is not a CA certificate (basicConstraints CA:TRUE).');
    if (!this.#authorities.some((known) => known.fingerprint256 === certificate.fingerprint256)) {
      this.#authorities.push(certificate);
    }
  }

  authorities(): readonly X509Certificate[] {
    return this.#authorities;
  }
}

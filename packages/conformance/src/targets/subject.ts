import type { SubjectChannel, SubjectInfo, TargetKind } from '@elan-kit/schemas';

/**
 * Who is under test for a target kind: the embedded simulator is the kit's own reference client against its own
 * simulator (a demonstration of the kit); `test` and a URL are servers the kit's client calls; `vendor` is the
 * vendor's own system, reached through `via` (scenario cards for a person when nothing else is said).
 */
export function subjectFor(kind: TargetKind, via?: SubjectChannel): SubjectInfo {
  switch (kind) {
    case 'simulator':
      return { kind: 'kit-reference-client', via: 'kit-client', demonstration: true };
    case 'test':
      return { kind: 'test-environment', via: 'kit-client', demonstration: false };
    case 'url':
      return { kind: 'other-server', via: 'kit-client', demonstration: false };
    case 'vendor':
      return { kind: 'vendor-system', via: via ?? 'scenario-cards', demonstration: false };
  }
}

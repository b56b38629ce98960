import { randomUUID } from 'node:crypto';
import { ATTACHMENT_FIELD_FILE, ATTACHMENT_FIELD_REFERENCE, ATTACHMENT_FIELD_TYPE } from '../../assumptions.js';
import { HttpProblem } from '../../http/problem.js';
import type { Reply, RouteRequest } from '../../pipeline/route.js';
import type { SimulatorState } from '../../state.js';
import { type AttachmentRecord, classifyAttachment } from '../attachments.js';
import { callerOrgnr, forbidden, notFound } from './access.js';

function field(request: RouteRequest, name: string): string | undefined {
  const value = (request.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function ownAttachment(state: SimulatorState, request: RouteRequest): AttachmentRecord {
  const uuid = request.params.uuid ?? '';
  const record = state.attachments.get(uuid);
  if (!record || (record.deletedAtMs !== undefined && request.nowMs >= record.deletedAtMs)) {
    throw notFound(`Attachment "${uuid}"`);
  }
  if (record.orgnr !== request.caller?.orgnr) throw forbidden(`Attachment "${uuid}"`);
  return record;
}

function view(state: SimulatorState, record: AttachmentRecord, nowMs: number) {
  return {
    uuid: record.uuid,
    filnavn: record.filnavn,
    ...(record.type === undefined ? {} : { type: record.type }),
    status: state.attachments.status(record, nowMs),
  };
}

/** POST {base}/vedlegg (multipart: fil, innsenderReferanse, type?) → 201 `{uuid, filnavn, status}`. */
export function upload(state: SimulatorState, request: RouteRequest): Reply {
  const orgnr = callerOrgnr(request.caller);
  const file = request.files[ATTACHMENT_FIELD_FILE];
  if (!file) throw new HttpProblem(400, `The multipart field "${ATTACHMENT_FIELD_FILE}" (the file) is required.`);
  const innsenderReferanse = field(request, ATTACHMENT_FIELD_REFERENCE);
  if (innsenderReferanse === undefined) {
    throw new HttpProblem(400, `The multipart field "${ATTACHMENT_FIELD_REFERENCE}" is required.`);
  }
  if (state.attachments.count(orgnr) >= state.options.limits.attachmentsPerOrganisation) {
    throw new HttpProblem(429, 'The organisation has reached the number of attachments the simulator keeps.', {
      headers: { 'retry-after': '3600' },
    });
  }
  const record: AttachmentRecord = {
    uuid: randomUUID(),
    orgnr,
    filnavn: (file.filename ?? '').trim() || 'vedlegg',
    type: field(request, ATTACHMENT_FIELD_TYPE),
    innsenderReferanse,
    size: file.data.length,
    uploadedAtMs: request.nowMs,
    outcome: classifyAttachment(file.data),
    deletedAtMs: undefined,
  };
  state.attachments.add(record);
  const { uuid, filnavn, status } = view(state, record, request.nowMs);
  return { status: 201, body: { uuid, filnavn, status } };
}

/** GET {base}/vedlegg/{uuid} → `{uuid, filnavn, type?, status}`. */
export function read(state: SimulatorState, request: RouteRequest): Reply {
  return { status: 200, body: view(state, ownAttachment(state, request), request.nowMs) };
}

/** DELETE {base}/vedlegg/{uuid} → 204; the attachment is SLETTET for prøving, 404 for reads. */
export function remove(state: SimulatorState, request: RouteRequest): Reply {
  const record = ownAttachment(state, request);
  record.deletedAtMs = request.nowMs;
  return { status: 204 };
}

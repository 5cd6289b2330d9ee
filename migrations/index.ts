import { Init1764064800000 } from './1764064800000-init.js';
import { Outbox1764065000000 } from './1764065000000-outbox.js';
import { Access1764065100000 } from './1764065100000-access.js';
import { Incidents1764065200000 } from './1764065200000-incidents.js';
import { SensitiveMail1764065300000 } from './1764065300000-sensitive-mail.js';
import { TwoFactor1764065400000 } from './1764065400000-two-factor.js';
import { InsiderProof1764065600000 } from './1764065600000-insider-proof.js';
import { ChildrenKnownAs1764065700000 } from './1764065700000-children-known-as.js';
import { InvestigationsApart1764065710000 } from './1764065710000-investigations-apart.js';
import { ContentCopyOrder1764065730000 } from './1764065730000-content-copy-order.js';
import { EscalationComplete1764065800000 } from './1764065800000-escalation-complete.js';
import { ProcessorOperations1764065900000 } from './1764065900000-processor-operations.js';
import { AuditScale1764066000000 } from './1764066000000-audit-scale.js';

/** Every migration, in order. A new migration is added here and never edited once committed. */
export const MIGRATIONS = [
  Init1764064800000, Outbox1764065000000, Access1764065100000, Incidents1764065200000, SensitiveMail1764065300000, TwoFactor1764065400000,
  InsiderProof1764065600000, ChildrenKnownAs1764065700000, InvestigationsApart1764065710000, ContentCopyOrder1764065730000, EscalationComplete1764065800000,
  ProcessorOperations1764065900000,
  AuditScale1764066000000,
];

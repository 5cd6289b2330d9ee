import { Inject, Injectable, Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module.js';
import { AccessRequestsService } from '../access/access-requests.service.js';
import { AuditModule } from '../audit/audit.module.js';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { Clock, HOUR } from '../common/clock.js';
import { CasesModule } from '../cases/cases.module.js';
import { CasesService } from '../cases/cases.service.js';
import { ContentLoader, type ContentFile } from '../content/content-loader.js';
import { ContentModule } from '../content/content.module.js';
import { CONFIG, type Config } from '../config/config.js';
import { Transactions } from '../database/transactions.js';
import { IncidentsModule } from '../incidents/incidents.module.js';
import { IncidentsService } from '../incidents/incidents.service.js';
import { IncidentUpdatesService } from '../incidents/incident-updates.service.js';
import { defineAbilityFor, type Role } from '../policy/abilities.js';
import type { Setting } from '../settings/setting.entity.js';
import { SettingsModule } from '../settings/settings.module.js';
import { SettingsRepository } from '../settings/settings.repository.js';
import { StaffModule } from '../staff/staff.module.js';
import { StaffRepository } from '../staff/staff.repository.js';
import { StaffService } from '../staff/staff.service.js';
import { seedSubProcessors } from '../sub-processors/demo-sub-processors.js';
import { DemoRepository } from './demo.repository.js';

/** The demo logins, one per role; README.md lists the same. */
export const DEMO_STAFF: { email: string; name: string; role: Role; password: string }[] = [
  { email: 'support@custodian.local', name: 'Sam Support', role: 'support', password: 'Harbour-Kettle-2026' },
  { email: 'developer@custodian.local', name: 'Dev Patel', role: 'developer', password: 'Lantern-Orchid-2026' },
  { email: 'it@custodian.local', name: 'Isla Thompson', role: 'it_manager', password: 'Granite-Meadow-2026' },
  { email: 'smt@custodian.local', name: 'Morgan Hale', role: 'smt', password: 'Compass-Willow-2026' },
  { email: 'admin@custodian.local', name: 'Ada Admin', role: 'admin', password: 'Beacon-Thistle-2026' },
];

const PLACES = [
  ['Little Acorns Day Nursery', 'nursery', 'Cambridge', 'CB1 2AB'],
  ['Rainbow Tots Nursery', 'nursery', 'Leeds', 'LS6 3HN'],
  ['Busy Bees Preschool', 'preschool', 'Bristol', 'BS7 8QT'],
  ['St Mary\'s C of E Primary School', 'school', 'York', 'YO31 7EZ'],
  ['Oak Tree Childminding', 'childminder', 'Norwich', 'NR2 4PD'],
  ['Sunflower Nursery', 'nursery', 'Manchester', 'M20 6RL'],
  ['Riverside Primary Academy', 'school', 'Nottingham', 'NG7 1FB'],
  ['Hedgehogs Playgroup', 'preschool', 'Exeter', 'EX4 4QJ'],
  ['Bright Horizons Learning Trust', 'trust', 'Birmingham', 'B15 2TT'],
  ['Ladybird Lodge Nursery', 'nursery', 'Brighton', 'BN1 6UD'],
  ['Meadowbank Infant School', 'school', 'Sheffield', 'S10 2TN'],
  ['Tiny Steps Childminder', 'childminder', 'Oxford', 'OX4 1UE'],
  ['Willow Cottage Nursery', 'nursery', 'Bath', 'BA2 4BL'],
  ['Puddle Ducks Preschool', 'preschool', 'Cardiff', 'CF10 3AT'],
  ['Kingfisher Primary School', 'school', 'Newcastle upon Tyne', 'NE2 4HH'],
  ['Honeypot Day Nursery', 'nursery', 'Reading', 'RG1 5AQ'],
  ['Northgate Learning Trust', 'trust', 'Chester', 'CH1 2HU'],
  ['Bluebell Wood Nursery', 'nursery', 'Derby', 'DE22 1GB'],
  ['Treetops Montessori', 'preschool', 'Guildford', 'GU1 3XL'],
  ['Harbourside Childminding', 'childminder', 'Plymouth', 'PL1 2AA'],
  ['Fernhill Community Nursery', 'nursery', 'Glasgow', 'G12 8QQ'],
  ['Castle View Primary School', 'school', 'Edinburgh', 'EH1 2NG'],
  ['Pebbles Preschool', 'preschool', 'Swansea', 'SA1 1NW'],
  ['Starlight Nursery', 'other', 'Belfast', 'BT1 5GS'],
] as const;

const FIRST = ['Amelia', 'Oliver', 'Isla', 'George', 'Ava', 'Noah', 'Freya', 'Arthur', 'Ivy', 'Leo', 'Rosie', 'Theo'];
const LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Davies', 'Evans', 'Khan', 'Patel', 'Walker', 'Hughes'];
const AREAS = ['Communication and language', 'Physical development', 'Personal, social and emotional', 'Literacy', 'Mathematics'];
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '');

/** Demo data: realistic UK settings, some with children's records, and one login per role. Idempotent. */
@Injectable()
export class DemoSeeder {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly tx: Transactions,
    private readonly demo: DemoRepository,
    private readonly cases: CasesService,
    private readonly content: ContentLoader,
    private readonly staff: StaffService,
    private readonly staffRows: StaffRepository,
    private readonly settingRows: SettingsRepository,
    private readonly audit: AuditService,
    private readonly incidents: IncidentsService,
    private readonly updates: IncidentUpdatesService,
    private readonly access: AccessRequestsService,
    private readonly clock: Clock,
  ) {}

  async seed({ quiet = false } = {}): Promise<{ settings: number; staff: string[] }> {
    if (this.config.production) throw new Error('demo:seed refuses to run when NODE_ENV=production');
    const created: string[] = [];
    for (const s of DEMO_STAFF) {
      if (!(await this.staffRows.findByEmail(s.email))) {
        await this.staff.create({ email: s.email, name: s.name, roles: [s.role], password: s.password, trainingCompletedAt: this.clock.now() }, null);
        created.push(s.email);
      }
    }
    // Demo staff have their data-protection training on record, as everyone with access must.
    await this.staffRows.recordTrainingWhereMissing(DEMO_STAFF.map((s) => s.email), this.clock.now());
    await this.tx.run((m) => seedSubProcessors(m));
    const added: { setting: Setting; index: number }[] = [];
    await this.tx.run(async (m) => {
      for (const [i, [name, kind, town, postcode]] of PLACES.entries()) {
        if (await this.settingRows.findByName(name, m)) continue;
        const setting = await this.settingRows.insert({
          name, kind, postcode,
          address: `${10 + i} ${['High Street', 'Church Lane', 'Station Road', 'Mill Road'][i % 4]}, ${town}`,
          icoNumber: `ZA${String(400000 + i * 1379).padStart(6, '0')}`,
          dpoName: `${FIRST[(i + 3) % FIRST.length]} ${LAST[(i + 5) % LAST.length]}`,
          dpoEmail: `dpo@${slug(name)}.example.org`,
          contactEmail: `office@${slug(name)}.example.org`,
          contactPhone: `01${String(200 + i).padStart(3, '0')} ${String(400000 + i * 7919).slice(0, 6)}`,
          subscriptionStatus: i % 11 === 7 ? 'expired' : 'active',
          subscriptionEndsAt: new Date(Date.UTC(2027, i % 12, 1)),
          consentPolicy: i % 2 === 0 ? 'per_request' : 'contract',
        }, m);
        added.push({ setting, index: i });
      }
      if (added.length > 0) await this.audit.record({ actorId: null, action: 'demo.seed', subjectType: 'Setting', detail: { settings: added.length } }, m);
    });
    const settings = added.length;
    // A case on each new setting, opened by the support login, and sample content in the first few: through the
    // same services (and checks) as the product and `content:load`.
    const support = settings > 0 ? await this.as('support@custodian.local') : null;
    for (const { setting, index } of added) {
      await this.cases.createCase(support!, { settingId: setting.id, title: 'Registers not saving on the tablet app', description: 'Staff report the morning register does not save on the tablet app.' });
      if (index < 4) await this.content.load(setting.id, demoContent(index));
    }
    const story = await this.seedStory();
    if (!quiet) {
      if (story) console.log(`demo story: ${story}`);
      console.log(`demo data: ${settings} settings added${created.length ? `, staff added: ${created.join(', ')}` : ''}`);
      console.log('demo logins:');
      for (const s of DEMO_STAFF) console.log(`  ${s.role.padEnd(10)} ${s.email.padEnd(28)} ${s.password}`);
      console.log('  (roles in MFA_REQUIRED_ROLES are asked to set up two-factor sign-in at their first sign-in)');
    }
    return { settings, staff: created };
  }

  /** Demo staff acting through the same services (and the same policy) as in the product. */
  private async as(email: string): Promise<Principal> {
    const staff = await this.staffRows.findByEmail(email);
    if (!staff) throw new Error(`the demo login ${email} is missing`);
    return { staff, sessionId: 'demo-seed', grants: [], ability: defineAbilityFor({ id: staff.id, roles: staff.roles, grants: [] }), ip: null, mfaSetupRequired: false };
  }

  /**
   * Something to look at in every role's screens: a critical on its second day, three settings affected, IT's
   * decision and a portal message made; and a developer's request for access waiting for an IT manager.
   */
  private async seedStory(): Promise<string | null> {
    if (await this.demo.storyStarted()) return null;
    const support = await this.as('support@custodian.local');
    const it = await this.as('it@custodian.local');
    const developer = await this.as('developer@custodian.local');
    const names = ['Little Acorns Day Nursery', 'Rainbow Tots Nursery', 'Sunflower Nursery'];
    const affected = await Promise.all(names.map(async (name) => {
      const setting = await this.settingRows.findByName(name);
      if (!setting) throw new Error(`the demo setting ${name} is missing`);
      return setting;
    }));
    const cases = await Promise.all(affected.map((setting) => this.demo.caseOf(setting.id)));

    const incident = await this.incidents.declare(support, {
      title: 'Morning registers fail to save on the tablet app',
      description: 'Since the 07:00 release, registers taken on the tablet app show as saved but do not reach the server. Web registers are unaffected.',
      discoveredAt: new Date(this.clock.now().getTime() - 26 * HOUR).toISOString(),
      affectedSettingIds: affected.map((s) => s.id),
    });
    for (const c of cases) await this.incidents.linkCase(support, incident.id, c.id);
    await this.incidents.decide(it, incident.id, {
      kind: 'remove_functionality',
      rationale: 'Offline sync on the tablet app is switched off until the fix ships; staff take registers on the web app meanwhile.',
    });
    await this.incidents.setPortalMessage(it, incident.id, 'Registers taken on the tablet app may not save. Please take registers on the web app while we fix this; we will update you every few hours.');
    await this.updates.post(support, incident.id, {
      audience: 'customers',
      message: 'We have switched off offline sync on the tablet app while we repair it. Please take registers on the web app; nothing already saved there is affected.',
    });
    await this.updates.post(it, incident.id, { audience: 'internal', message: 'Root cause found in the sync queue; a fix is in testing.' });

    const request = await this.access.create(developer, {
      settingId: affected[0]!.id, caseId: cases[0]!.id, scopes: ['observations', 'media'], minutes: 120,
      justification: 'Observations saved offline on the tablet are missing; I need to compare the stored rows with the device log for this case.',
    });
    return `an active critical (day 2, ${affected.length} settings) and access request ${request.id} waiting for approval`;
  }
}

/** A setting's sample content in the `content:load` file format: six children, their parents, observations and paintings. */
function demoContent(offset: number): ContentFile {
  const content: ContentFile = { children: [], parents: [], observations: [], media: [] };
  for (let c = 0; c < 6; c++) {
    const ref = `child-${c}`;
    const firstName = FIRST[(c + offset * 2) % FIRST.length]!;
    const lastName = LAST[(c * 3 + offset) % LAST.length]!;
    content.children.push({
      ref, firstName, lastName,
      dateOfBirth: `20${21 + (c % 3)}-0${1 + (c % 9)}-1${c % 10}`,
      room: ['Caterpillars', 'Butterflies', 'Rainbows'][c % 3]!,
      notes: c % 2 === 0 ? `${firstName} has a nut allergy; parent ${FIRST[(c + 1) % FIRST.length]} ${lastName} to be called on 07700 900${100 + c}.` : '',
    });
    if (c < 4) {
      const parentFirst = FIRST[(c + 7) % FIRST.length]!;
      content.parents.push({
        childRef: ref, firstName: parentFirst, lastName,
        relationship: c % 2 ? 'father' : 'mother', email: `${slug(parentFirst)}.${slug(lastName)}@example.com`,
        phone: `07700 900${200 + c}`, address: `${c + 3} Orchard Close`,
      });
    }
    for (let o = 0; o < 2; o++) {
      content.observations.push({
        childRef: ref, observedAt: new Date(Date.UTC(2026, 9, 1 + c, 9 + o)).toISOString(),
        authorName: `${FIRST[(o + 4) % FIRST.length]} ${LAST[(o + 8) % LAST.length]}`, area: AREAS[(c + o) % AREAS.length]!,
        text: `${firstName} ${o ? 'built a tower of ten blocks and counted them aloud' : 'shared the paints with a friend and named the colours'}.`,
      });
    }
    if (c < 3) {
      content.media.push({
        childRef: ref, filename: `${slug(firstName)}-painting-${c + 1}.jpg`,
        contentType: 'image/jpeg', sizeBytes: 180_000 + c * 1234, caption: `${firstName}'s painting`, takenAt: new Date(Date.UTC(2026, 9, 2 + c)).toISOString(),
      });
    }
  }
  return content;
}

/**
 * Demo logins with published passwords: never part of the application module. Only an entry point composes it in,
 * outside production (the server's start when DEMO_DATA is on, and `demo:seed`).
 */
@Module({
  imports: [StaffModule, SettingsModule, AuditModule, CasesModule, ContentModule, IncidentsModule, AccessModule],
  providers: [DemoSeeder, DemoRepository],
  exports: [DemoSeeder],
})
export class DemoModule {}

/** The complaints module's actions; the server's policy decides them, the web shows menus by them. */
export const COMPLAINTS_PERMISSIONS = {
  /** The verification desk: verify and route, postpone, refer, archive, merge (coordinator, tenant-wide officers). */
  verify: 'complaints.verify',
  /** The officer's list and the SLA board (coordinator and complaint officers). */
  work: 'complaints.work',
  /** Follow up and answer a complaint routed to one's unit (officers of that unit, the coordinator). */
  handle: 'complaints.handle',
  /** The reporter's identity and contact of anonim and rahasia complaints: only the complaint coordinator. */
  identity: 'complaints.identity',
  /** "Complaints about my team": supervisors of employees named in complaints (never the reporter). */
  myTeam: 'complaints.my_team',
  /** One's own complaints as a signed-in citizen. */
  mine: 'complaints.mine',
  /** Refer a complaint to the integrity unit (coordinator). */
  referIntegrity: 'complaints.refer_integrity',
  /** Categories and settings (coordinator, tenant admin). */
  manage: 'complaints.manage',
} as const;

/** The training module's actions; the server's policy decides them, the web shows menus by them. */
export const TRAINING_PERMISSIONS = {
  /** The catalog, events, assignments, external training, certificates, needs, plan and settings (HR admin). */
  manage: 'training.manage',
  /** Events of one's own programmes: attendance, scores, completion (trainers; HR admin too). */
  teach: 'training.teach',
  /** JP compliance lists of a unit (HR admin for all, unit admins for their units). */
  compliance: 'training.compliance',
  /** Registering, one's own record and certificates (employees). */
  learn: 'training.learn',
  /** Approving one's direct subordinates' registrations and seeing the team's JP (supervisors). */
  team: 'training.team',
} as const;

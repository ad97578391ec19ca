/** The performance module's actions; the server's policy decides them, the web shows menus by them. */
export const PERFORMANCE_PERMISSIONS = {
  /** Open and close years, settings, acting appraisers, organisational predikat (hr_admin). */
  manage: 'performance.manage',
  /** One's own SKP, reports, annual result (employees). */
  me: 'performance.me',
  /** The review inbox of a direct superior or acting appraiser. */
  review: 'performance.review',
  /** Unit and tenant dashboards (hr_admin; unit_admin on their units). */
  dashboard: 'performance.dashboard',
  /** Reading one employee's plan, reports and results (the employee, appraisers, admins). */
  read: 'performance.read',
  /** Coaching plans and referrals (appraisers and hr_admin). */
  followUp: 'performance.follow_up',
} as const;

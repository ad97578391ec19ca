/** The people module's actions; the server's policy decides them, the web shows menus by them. */
export const PEOPLE_PERMISSIONS = {
  list: 'people.employees.list',
  read: 'people.employee.read',
  manage: 'people.employee.manage',
  manageUnits: 'people.units.manage',
  viewStructure: 'people.structure.view',
  directory: 'people.directory',
  me: 'people.me',
  decideCorrections: 'people.corrections.decide',
  import: 'people.import',
  readImport: 'people.import.read',
} as const;

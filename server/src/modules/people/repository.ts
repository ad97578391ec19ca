import { employeesRepo } from './repository/employees';
import { requestsRepo } from './repository/requests';
import { structureRepo } from './repository/structure';

export type {
  CorrectionsTable,
  EmployeesTable,
  HistoryTable,
  ImportsTable,
  PositionsTable,
  RevisionsTable,
  UnitChangesTable,
  UnitsTable,
} from './repository/tables';

export const searchName = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The module's data access, split by area under `repository/` (structure, employees, requests; the table types in
 * `tables.ts`): only these files touch the module's tables. Every query is scoped by tenant.
 */
export const peopleRepo = { ...structureRepo, ...employeesRepo, ...requestsRepo };

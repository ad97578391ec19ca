export * from './demo-names';
export {
  formatNip,
  NIP_LENGTH,
  type NipError,
  type NipErrorCode,
  type NipKind,
  type NipPart,
  type NipResult,
  nipErrorMessage,
  normalizeNip,
  type ParsedNip,
  type ParseNipOptions,
  parseNip,
} from './nip';
export { PEOPLE_PERMISSIONS } from './permissions';
export { PNS_RANK_RANGES, type PositionRank, PPPK_GRADE_RANGES, rankFitsPosition, rankRangeFor } from './rank-fit';
export {
  compareGolongan,
  FUNGSIONAL_LEVEL_CODES,
  FUNGSIONAL_LEVELS,
  type FungsionalCategory,
  type FungsionalLevel,
  type FungsionalLevelCode,
  GOLONGAN,
  GOLONGAN_CODES,
  type Golongan,
  type GolonganCode,
  golonganByCode,
  JABATAN_KIND_CODES,
  JABATAN_KINDS,
  type JabatanGroup,
  type JabatanKind,
  type JabatanKindInfo,
  jabatanKindByCode,
  PPPK_GRADE_CODES,
  PPPK_GRADES,
  type PppkGrade,
  type PppkGradeCode,
  pppkGradeByCode,
} from './ranks';
export * from './schemas';
